/**
 * The whole command on the seed and on articles in other scripts and shapes,
 * every output read back by the independent tool a user's software would use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkArticle, labelsFor } from '@broadsheet/core';
import { broadsheet, listFiles, scratch, seedFile, writeFiles } from './support/cli.js';
import { python, run, runOk } from './support/tools.js';

const SEED = 'kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition';
const ARTICLES: Record<string, string> = {
  'cyrillic.txt':
    'Переговоры в Женеве возобновятся\n\nМинистр иностранных дел Сергей Лавров заявил, что переговоры возобновятся 9 марта.\n\n«Стороны призвали к скорейшему возобновлению переговоров», — говорится в заявлении.\n',
  'arabic.txt':
    'استئناف محادثات السلام في جنيف\n\nقال وزير الخارجية إن محادثات السلام ستستأنف في جنيف يوم التاسع من مارس.\n\nوأضاف أن وقف إطلاق النار صامد في معظم أنحاء البلاد.\n',
  'front-matter.md': [
    '---',
    'title: Ceasefire holds as talks near',
    'authors:',
    '  - name: Anna Petrova',
    '    url: https://news.example.org/staff/anna-petrova',
    'date: 2016-03-04T10:00:00+03:00',
    'url: https://news.example.org/2016/03/ceasefire-holds',
    'image: https://news.example.org/images/geneva.jpg',
    'tags: [Syria, diplomacy]',
    '---',
    '# Ceasefire holds as talks near',
    '',
    'GENEVA, March 4 (Wire) — The ceasefire in Syria held for a sixth day on Friday, the United Nations said.',
    '',
    '“We are cautiously hopeful,” said Staffan de Mistura, the UN envoy.',
  ].join('\n'),
  'hostile.txt': '</script><script>alert(1)</script> & ]]> <b>bold</b>\n\nBody with <i>markup</i>, ]]> and & in it.\n',
};

let dir: string;
let out: string;
let cleanup: () => void;
let result: ReturnType<typeof broadsheet>;

beforeAll(() => {
  ({ dir, cleanup } = scratch());
  writeFiles(dir, {
    ...Object.fromEntries(Object.entries(ARTICLES).map(([name, text]) => [`in/${name}`, text])),
    'in/seed.txt': readFileSync(seedFile),
  });
  writeFiles(dir, {
    'site.yaml':
      'site:\n  title: Example News\n  url: https://news.example.org/\npublisher:\n  name: Example News Ltd\n  logo: https://news.example.org/logo.png\n',
  });
  out = path.join(dir, 'out');
  result = broadsheet(['--format', 'all', '--config', path.join(dir, 'site.yaml'), '--out', out, path.join(dir, 'in')]);
}, 300_000);
afterAll(() => cleanup());

const slugs = () =>
  listFiles(out)
    // Note: feed.json is the site's JSON Feed, not an article's model.
    .filter((name) => name.endsWith('.json') && name !== 'feed.json')
    .map((name) => name.slice(0, -'.json'.length));

test('exports every article in every format and exits 0', () => {
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(slugs()).toHaveLength(5);
  for (const slug of slugs()) {
    for (const extension of ['pdf', 'docx', 'jsonld', 'jsonld.html', 'json'])
      expect(listFiles(out)).toContain(`${slug}.${extension}`);
  }
  expect(listFiles(out)).toContain('feed.xml');
});

describe('PDF briefings', () => {
  test('pass qpdf --check, embed every font, are tagged and titled with the headline', () => {
    for (const slug of slugs()) {
      const file = path.join(out, `${slug}.pdf`);
      expect(run('qpdf', ['--check', file]).status).toBe(0);
      const fonts = runOk('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const font of fonts) expect(font.split(/\s+/).slice(-5, -4)[0]).toBe('yes');
      const info = runOk('pdfinfo', [file]);
      expect(info).toMatch(/^Tagged:\s+yes$/m);
      const model = JSON.parse(readFileSync(path.join(out, `${slug}.json`), 'utf8'));
      expect(/^Title:\s+(.*)$/m.exec(info)?.[1]?.trim()).toBe(model.headline);
    }
  });

  test('the seed briefing holds key points, the quote with its speaker and every paragraph in reading order', () => {
    const raw = runOk('pdftotext', [path.join(out, `${SEED}.pdf`), '-']);
    const model = JSON.parse(readFileSync(path.join(out, `${SEED}.json`), 'utf8'));
    expect(raw).toMatch(/Page 1 of \d/);
    // Note: without the page footers, and with hyphenated line ends joined, as a reader reads it.
    const text = raw
      .replace(/^.*Page \d+ of \d+.*$/gm, '')
      .replaceAll(`\n${model.headline}\n`, '\n')
      .replace(/(\p{L})-\n(\p{L})/gu, '$1$2')
      .replace(/\s+/g, ' ');
    let at = 0;
    for (const heading of ['Key points', 'Who and where', 'Timeline', 'Quotes', 'Full text', 'Source']) {
      const next = text.indexOf(heading, at);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    expect(text).toContain('the Russian foreign ministry');
    let from = text.indexOf('Full text');
    for (const paragraph of model.paragraphs as string[]) {
      const at = text.indexOf(paragraph, from);
      expect(at, paragraph).toBeGreaterThan(from);
      from = at;
    }
  });

  test('Cyrillic comes out of pdftotext exactly as it went in', () => {
    const slug = slugs().find((name) => name.startsWith('peregovory')) as string;
    const text = runOk('pdftotext', [path.join(out, `${slug}.pdf`), '-']).replace(/\s+/g, ' ');
    expect(text).toContain('Министр иностранных дел Сергей Лавров заявил');
    expect(text).toContain('«Стороны призвали к скорейшему возобновлению переговоров», — говорится в заявлении.');
  });
});

describe('Word documents', () => {
  test('python-docx reads the headline in the Title style and every paragraph in order', () => {
    for (const slug of slugs()) {
      const model = JSON.parse(readFileSync(path.join(out, `${slug}.json`), 'utf8'));
      const read = python(
        'import docx, json, sys\nd = docx.Document(sys.argv[1])\nprint(json.dumps({"title": d.core_properties.title, "paragraphs": [[p.style.name, p.text] for p in d.paragraphs]}))',
        [path.join(out, `${slug}.docx`)],
      );
      expect(read.status, read.stderr).toBe(0);
      const doc = JSON.parse(read.stdout) as { title: string; paragraphs: [string, string][] };
      expect(doc.title).toBe(model.headline);
      expect(doc.paragraphs.find(([style]) => style === 'Title')?.[1]).toBe(model.headline);
      const texts = doc.paragraphs.map(([, text]) => text);
      let from = texts.indexOf(labelsFor(model.language).fullText);
      for (const paragraph of model.paragraphs as string[]) {
        const at = texts.indexOf(paragraph, from);
        expect(at, paragraph).toBeGreaterThan(from);
        from = at;
      }
    }
  });
});

describe('the feed', () => {
  test('is well-formed, parses without errors, and holds one item per article with the PDF as enclosure', () => {
    const feed = path.join(out, 'feed.xml');
    expect(run('xmllint', ['--noout', feed]).status).toBe(0);
    const read = python(
      'import feedparser, html, json, sys\nf = feedparser.parse(sys.argv[1])\nprint(json.dumps({"bozo": f.bozo, "version": f.version, "entries": [{"title": html.unescape(e.title), "id": e.id, "link": e.link, "enclosures": [{"href": x.href, "length": x.length} for x in e.enclosures]} for e in f.entries]}))',
      [feed],
    );
    expect(read.status, read.stderr).toBe(0);
    const parsed = JSON.parse(read.stdout);
    expect(parsed).toMatchObject({ bozo: false, version: 'rss20' });
    expect(parsed.entries).toHaveLength(5);
    for (const entry of parsed.entries) {
      const pdf = entry.enclosures[0];
      const name = decodeURIComponent(new URL(pdf.href).pathname.slice(1));
      expect(Number(pdf.length)).toBe(readFileSync(path.join(out, name)).length);
    }
    expect(parsed.entries.map((entry: { title: string }) => entry.title)).toContain(
      '</script><script>alert(1)</script> & ]]> <b>bold</b>',
    );
  });
});

describe('JSON-LD', () => {
  test('each snippet holds exactly the .jsonld data and no closing script tag from the text', () => {
    for (const slug of slugs()) {
      const data = JSON.parse(readFileSync(path.join(out, `${slug}.jsonld`), 'utf8'));
      const html = readFileSync(path.join(out, `${slug}.jsonld.html`), 'utf8');
      const body = /^<script type="application\/ld\+json">([\s\S]*)<\/script>\n$/.exec(html)?.[1];
      expect(body).toBeDefined();
      expect(body).not.toMatch(/<\/script/i);
      expect(JSON.parse(body as string)).toEqual(data);
    }
  });

  test('the front-matter article carries its author, date, url and image, and the config publisher', () => {
    const graph = JSON.parse(readFileSync(path.join(out, 'ceasefire-holds-as-talks-near.jsonld'), 'utf8'))['@graph'];
    const article = graph.find((node: { '@type': string }) => node['@type'] === 'NewsArticle');
    expect(article).toMatchObject({
      headline: 'Ceasefire holds as talks near',
      datePublished: '2016-03-04T10:00:00+03:00',
      url: 'https://news.example.org/2016/03/ceasefire-holds',
      author: [{ '@type': 'Person', name: 'Anna Petrova', url: 'https://news.example.org/staff/anna-petrova' }],
    });
    const publisher = graph.find((node: { '@type': string }) => node['@type'] === 'Organization');
    expect(publisher).toMatchObject({ name: 'Example News Ltd', url: 'https://news.example.org/' });
  });
});

test('every JSON model validates and exports the same bytes when given back', () => {
  const again = path.join(dir, 'again');
  const models = slugs().map((slug) => path.join(out, `${slug}.json`));
  for (const model of models) expect(checkArticle(JSON.parse(readFileSync(model, 'utf8')))).toEqual([]);
  const second = broadsheet(['--format', 'json', '--out', again, ...models]);
  expect(second.status).toBe(0);
  for (const slug of slugs())
    expect(readFileSync(path.join(again, `${slug}.json`))).toEqual(readFileSync(path.join(out, `${slug}.json`)));
});

// Note: an undated article's feed date is when it entered the site, the clock unless
// SOURCE_DATE_EPOCH is set; with it set, two sites built apart are byte-identical.
test('with SOURCE_DATE_EPOCH set, two runs into fresh folders give byte-identical files', () => {
  const [first, second] = ['first', 'second'].map((name) => {
    const folder = path.join(dir, name);
    const run = broadsheet(
      ['--format', 'all', '--config', path.join(dir, 'site.yaml'), '--out', folder, path.join(dir, 'in')],
      { env: { SOURCE_DATE_EPOCH: '1457085600' } },
    );
    expect(run.status).toBe(0);
    return folder;
  }) as [string, string];
  expect(listFiles(second)).toEqual(listFiles(first));
  for (const name of listFiles(first))
    expect(readFileSync(path.join(second, name)), name).toEqual(readFileSync(path.join(first, name)));
});
