/**
 * The hostile corpus through the real command, every format at once: no
 * crash, one line per failed input, every output well-formed, injection kept
 * as text, nothing outside --out.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { broadsheet, listFiles, scratch, writeFiles } from '../support/cli.js';
import { python, runOk } from '../support/tools.js';
import { checkOutputFolder, hasStackTrace } from './checks.mjs';
import { fixtureCases, generatedCases } from './corpus.mjs';

const inputs = { ...generatedCases(), ...fixtureCases() };
const { dir, cleanup } = scratch('broadsheet-hostile-');
const out = path.join(dir, 'out');
let result: ReturnType<typeof broadsheet>;
let report: {
  exported: number;
  failed: number;
  articles: { input: string; slug: string; headline: string }[];
  failures: { input: string; error: string }[];
};

beforeAll(() => {
  writeFiles(path.join(dir, 'in'), inputs);
  result = broadsheet(['--format', 'all', '--json', '--quiet', '--out', out, path.join(dir, 'in')]);
  report = JSON.parse(result.stdout);
});
afterAll(cleanup);

const input = (name: string) => path.join(dir, 'in', name);
const slugOf = (name: string) => report.articles.find((article) => article.input === input(name))?.slug;
const failureOf = (name: string) => report.failures.find((failure) => failure.input === input(name))?.error;

describe('the hostile corpus, every format', () => {
  test('ends with status 1, never a crash or a stack trace', () => {
    expect(result.status).toBe(1);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  test('accounts for every input: exported or failed, none lost', () => {
    expect(report.exported + report.failed).toBe(Object.keys(inputs).length);
    expect(report.exported).toBeGreaterThan(20);
  });

  test('prints exactly one "error: FILE: reason" line per failed input', () => {
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('error: '));
    expect(errors).toHaveLength(report.failed);
    for (const failure of report.failures) expect(errors).toContain(`error: ${failure.input}: ${failure.error}`);
    const others = result.stderr.split('\n').filter((line) => line !== '' && !/^(?:error|warning): /.test(line));
    expect(others).toEqual([]);
  });

  test('every output passes its independent reader', () => {
    const { problems, temps, files } = checkOutputFolder(out);
    expect(problems).toEqual([]);
    expect(temps).toBe(0);
    expect(files).toBe(report.exported * 6 + 4);
  });

  test('writes nothing outside --out and no folder inside it', () => {
    const written = listFiles(dir).filter((file) => !file.startsWith(`in${path.sep}`));
    expect(written.every((file) => path.dirname(file) === 'out')).toBe(true);
  });

  test('reads every encoding it promises, cut-off ones included', () => {
    for (const name of [
      'utf16le.txt',
      'utf16be.txt',
      'utf16-odd-bytes.txt',
      'truncated-utf8.txt',
      'mixed-encodings.txt',
    ])
      expect(failureOf(name), name).toBeUndefined();
    expect(slugOf('utf16le.txt')).toMatch(/^talks-resume(?:-\d)?$/);
    expect(slugOf('windows-1252.txt')).toBe('cafe-quotes-in-windows-1252');
  });

  test('refuses empty, binary and control-only inputs with a reason', () => {
    expect(failureOf('empty.txt')).toBe('the file is empty');
    expect(failureOf('whitespace.txt')).toBe('the file holds only white space');
    expect(failureOf('binary.txt')).toMatch(/^looks like binary data/);
    expect(failureOf('binary-no-nul.txt')).toMatch(/^looks like binary data/);
    expect(failureOf('png-header.txt')).toMatch(/^looks like binary data/);
  });

  test('refuses a YAML alias bomb and front matter nested too deeply', () => {
    expect(failureOf('front-matter-alias-bomb.txt')).toMatch(/^front matter refused: /);
    expect(failureOf('front-matter-deep.txt')).toMatch(/front matter is not valid YAML/);
    expect(failureOf('front-matter-deep-map.txt')).toMatch(/front matter is not valid YAML/);
  });

  test('turns headlines that are paths into plain slugs', () => {
    expect(slugOf('headline-path.txt')).toBe('tmp-escaped');
    expect(slugOf('headline-absolute.txt')).toBe('etc-passwd');
    expect(slugOf('headline-windows.txt')).toBe('c-windows-system32-evil');
    expect(slugOf('front-matter-slug.txt')).toBe('outside');
    expect(slugOf('headline-reserved.txt')).toBe('nul-article');
    expect(slugOf('headline-dots.txt')).toMatch(/^article-[0-9a-f]{8}$/);
  });

  test('gives duplicate headlines unique slugs in input order', () => {
    expect(['a', 'b', 'c'].map((letter) => slugOf(`duplicate-${letter}.txt`))).toEqual([
      'same-headline',
      'same-headline-2',
      'same-headline-3',
    ]);
  });

  test('refuses a headline longer than the model allows with a reason, not a schema dump', () => {
    expect(failureOf('headline-long.txt')).toMatch(/^the headline is \d+ characters long, over the 1000/);
  });
});

describe('markup, CDATA ends, script ends, controls and bidi overrides stay text', () => {
  const headline = () => report.articles.find((article) => article.input === input('injection.txt'))?.headline ?? '';
  const file = (extension: string) => path.join(out, `${slugOf('injection.txt')}.${extension}`);

  test('the model keeps the markup as text and drops controls and bidi overrides', () => {
    expect(headline()).toBe('Injected <script>alert(1)</script> </script><script>alert(2)</script> ]]> <![CDATA[x]]>');
    const model = readFileSync(file('json'), 'utf8');
    expect(model).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E\u2066-\u2069]/);
    expect(JSON.parse(model).description).toContain('<!-- c -->');
  });

  test('the JSON-LD script element cannot be closed or commented from inside', () => {
    const html = readFileSync(file('jsonld.html'), 'utf8');
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html).not.toContain('<!--');
    const body = html.replace(/^<script[^>]*>/, '').replace(/<\/script>\s*$/, '');
    expect(JSON.stringify(JSON.parse(body))).toContain('<script>alert(1)</script>');
  });

  test('a feed reader shows the headline as the text it is', () => {
    // Note: feedparser reports RSS titles as text/html; what a reader shows is the unescaped text.
    const script = `import feedparser, html, sys, json
d = feedparser.parse(open(sys.argv[1], 'rb').read())
shown = lambda t: html.unescape(t.value) if t.type == 'text/html' else t.value
print(json.dumps([shown(e.title_detail) for e in d.entries]))`;
    const titles = JSON.parse(python(script, [path.join(out, 'feed.xml')]).stdout) as string[];
    expect(titles).toContain(headline());
  });

  test('Word shows the headline as the text it is', () => {
    const script = `import docx, sys
print('\\n'.join(p.text for p in docx.Document(sys.argv[1]).paragraphs))`;
    expect(python(script, [file('docx')]).stdout).toContain(headline());
  });

  test('the PDF shows the markup as text', () => {
    const text = runOk('pdftotext', ['-enc', 'UTF-8', file('pdf'), '-']).replace(/\s+/g, ' ');
    expect(text).toContain('<script>alert(1)</script>');
    expect(text).toContain(']]>');
  });
});
