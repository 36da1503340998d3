/**
 * Links in the Word document are real hyperlinks: python-docx reads each w:hyperlink's
 * text and, through the package's relationships, the external address it opens.
 */
import { type Article, validateArticle } from '@broadsheet/core';
import { describe, expect, test } from 'vitest';
import { python } from '../../../tests/support/tools.js';
import { renderDocument } from '../src/index.js';
import { germanArticle } from './fixtures.js';
import { writeTemp } from './readers.js';

const fallbackDate = '2001-02-03T04:05:06Z';

const hyperlinks = `
import json, sys
import docx
from docx.oxml.ns import qn

document = docx.Document(sys.argv[1])
rels = document.part.rels
found = []
for link in document.element.body.iter(qn('w:hyperlink')):
    rel = rels[link.get(qn('r:id'))]
    text = ''.join(t.text or '' for t in link.iter(qn('w:t')))
    found.append({'text': text, 'url': rel.target_ref, 'external': rel.is_external})
print(json.dumps(found))
`;

/** Every hyperlink in the body of `article`'s document, as python-docx reads it. */
async function linksOf(article: Article): Promise<{ text: string; url: string; external: boolean }[]> {
  const file = writeTemp('linked.docx', await renderDocument(article, { fallbackDate }));
  const result = python(hyperlinks, [file]);
  if (result.status !== 0) throw new Error(`python-docx could not read ${file}:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

describe('links in the Word document, read by python-docx', () => {
  test('a link in the text is a hyperlink over its words to its address', async () => {
    expect(await linksOf(germanArticle)).toEqual([
      { text: 'Notfahrplan', url: 'https://bahn.example.de/notfahrplan', external: true },
    ]);
  });

  test('a javascript: or relative link stays plain text, and its words stay', async () => {
    const text = 'Click here or there for more.';
    const article = validateArticle({
      ...germanArticle,
      paragraphs: [text],
      blocks: [
        {
          kind: 'paragraph',
          links: [
            { start: 6, end: 10, url: 'javascript:alert(1)' },
            { start: 14, end: 19, url: 'reports/x.html' },
            { start: 24, end: 28, url: 'https://example.org/more' },
          ],
        },
      ],
      keyPoints: [],
      quotes: [],
      timeline: [],
      entities: [],
    });
    expect(await linksOf(article)).toEqual([{ text: 'more', url: 'https://example.org/more', external: true }]);
    const file = writeTemp('plain.docx', await renderDocument(article, { fallbackDate }));
    const shown = python(
      `import docx, sys\nfrom docx.oxml.ns import qn\nd = docx.Document(sys.argv[1])\nprint(''.join(t.text or '' for t in d.element.body.iter(qn('w:t'))))`,
      [file],
    );
    expect(shown.stdout).toContain(text);
  });
});
