/**
 * No exporter formats a date or escapes text by itself: dates go through core's date module
 * (readDate, toRfc822, toW3cUtc, toIsoString, formatDate) and text through its text-safety
 * module (xmlSafe, escapeXml, escapeJsonForHtml, shortenToFit), so every format agrees.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

const packages = path.join(import.meta.dirname, '..', 'packages');

/** What only core's modules may do, each with the reason an exporter may not. */
const forbidden: readonly (readonly [RegExp, string])[] = [
  [/new Date\(/, 'builds a Date (parse with readDate/parseDate)'],
  [/\bDate\.(?:UTC|parse)\(/, 'parses or builds a date'],
  [/\.(?:toISOString|toUTCString|toLocaleDateString|toLocaleString|toLocaleTimeString)\(/, 'formats a date'],
  [/\.getUTC(?:FullYear|Month|Date|Day|Hours)\(/, 'takes a date apart'],
  [/Intl\.DateTimeFormat/, 'formats a date (formatDate)'],
  [/\\d\{4\}-\\d\{2\}-\\d\{2\}/, 'matches ISO dates itself'],
  [/&amp;|&lt;|&gt;|&quot;|&#39;|&apos;/, 'escapes markup itself (escapeXml)'],
  [/\\u003c|\\\\u003c/, 'escapes JSON for HTML itself (escapeJsonForHtml)'],
];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === 'generated' ? [] : sources(file);
    return file.endsWith('.ts') ? [file] : [];
  });
}

const exporters = readdirSync(packages).filter((name) => name.startsWith('export-'));

test('there are exporters to check', () => {
  expect(exporters).toEqual(expect.arrayContaining(['export-pdf', 'export-docx', 'export-rss', 'export-jsonld']));
});

test.each(exporters)('%s neither formats a date nor escapes text by itself', (name) => {
  const problems = sources(path.join(packages, name, 'src')).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((line, index) =>
        forbidden
          .filter(([pattern]) => pattern.test(line))
          .map(([, reason]) => `${path.relative(packages, file)}:${index + 1} ${reason}: ${line.trim()}`),
      ),
  );
  expect(problems).toEqual([]);
});
