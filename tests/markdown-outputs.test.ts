/**
 * The Markdown cases a new user tried, through the real command in every
 * format, each output read back by the independent reader a user's software
 * would use: no marks left in the text, alt text kept, list items apart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { broadsheet, scratch, writeFiles } from './support/cli.js';
import { python, runOk } from './support/tools.js';

const ARTICLE = [
  '# Heat pumps get cheaper',
  '',
  'Prices fell *sharply* and _again_ this year, ~~said~~ **reported** the [energy agency](https://example.org/agency), which also showed ![a heat pump on a wall](pump.png) and insulation.',
  '',
  '## What changes for households',
  '',
  '- Air-source pumps',
  '- Ground-source pumps',
  '- Loft insulation',
  '',
  '> The market has turned for good, said the director.',
  '',
  'Installers expect more orders next winter.',
].join('\n');
const SLUG = 'heat-pumps-get-cheaper';
const SENTENCE =
  'Prices fell sharply and again this year, said reported the energy agency, which also showed a heat pump on a wall and insulation.';
const MARKS = /[*_~]|\]\(|!\[|^#|^- |^> /m;

let out: string;
let cleanup: () => void;
beforeAll(() => {
  let dir: string;
  ({ dir, cleanup } = scratch('broadsheet-markdown-'));
  writeFiles(dir, { 'pumps.md': ARTICLE });
  out = path.join(dir, 'out');
  const result = broadsheet(['--format', 'all', '-q', '--out', out, path.join(dir, 'pumps.md')]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
}, 300_000);
afterAll(() => cleanup());

const file = (extension: string) => path.join(out, `${SLUG}.${extension}`);

describe('a Markdown article', () => {
  test('the model has the plain text and the structure', () => {
    const model = JSON.parse(readFileSync(file('json'), 'utf8'));
    expect(model.paragraphs).toEqual([
      SENTENCE,
      'What changes for households',
      'Air-source pumps',
      'Ground-source pumps',
      'Loft insulation',
      'The market has turned for good, said the director.',
      'Installers expect more orders next winter.',
    ]);
    expect(model.blocks.map((block: { kind: string }) => block.kind)).toEqual([
      'paragraph',
      'heading',
      'item',
      'item',
      'item',
      'quote',
      'paragraph',
    ]);
  });

  test('pdftotext finds the sentence without marks, with the alt text, and each item on a line of its own', () => {
    const text = runOk('pdftotext', ['-layout', file('pdf'), '-']);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(SENTENCE);
    expect(flat).not.toMatch(/\*sharply\*|_again_|~~said~~|\[energy agency\]|!\[/);
    const lines = text.split('\n').map((line) => line.trim());
    for (const item of ['Air-source pumps', 'Ground-source pumps', 'Loft insulation']) {
      expect(lines.some((line) => line.endsWith(item))).toBe(true);
    }
    expect(flat).not.toMatch(/Air-source pumps -|Ground-source pumps -/);
  });

  test('python-docx reads every unit as a paragraph of its own, without marks', () => {
    const read = python(
      'import docx, json, sys\nd = docx.Document(sys.argv[1])\nprint(json.dumps([p.text for p in d.paragraphs]))',
      [file('docx')],
    );
    expect(read.status, read.stderr).toBe(0);
    const paragraphs: string[] = JSON.parse(read.stdout);
    for (const unit of [SENTENCE, 'What changes for households', 'Air-source pumps', 'Ground-source pumps'])
      expect(paragraphs.some((paragraph) => paragraph.endsWith(unit))).toBe(true);
    expect(paragraphs.filter((paragraph) => MARKS.test(paragraph))).toEqual([]);
  });

  test('feedparser reads the RSS item’s content without marks, with the alt text and the link', () => {
    const read = python(
      'import feedparser, json, sys\nf = feedparser.parse(sys.argv[1])\nprint(json.dumps({"bozo": f.bozo, "content": f.entries[0].content[0].value}))',
      [path.join(out, 'feed.xml')],
    );
    expect(read.status, read.stderr).toBe(0);
    const { bozo, content } = JSON.parse(read.stdout);
    expect(bozo).toBe(false);
    const text = content.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ');
    expect(text).toContain(SENTENCE);
    expect(text).not.toMatch(/\*sharply\*|_again_|~~said~~|\[energy agency\]|!\[/);
    expect(content).toContain('href="https://example.org/agency"');
  });

  test('the JSON-LD articleBody is the plain text, a blank line between units', () => {
    const graph = JSON.parse(readFileSync(file('jsonld'), 'utf8'));
    const article = (graph['@graph'] as { '@type': string; articleBody?: string }[]).find(
      (node) => node['@type'] === 'NewsArticle',
    );
    expect(article?.articleBody).toBe(
      `${SENTENCE}\n\nWhat changes for households\n\nAir-source pumps\n\nGround-source pumps\n\nLoft insulation\n\nThe market has turned for good, said the director.\n\nInstallers expect more orders next winter.`,
    );
  });
});
