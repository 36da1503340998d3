/**
 * The command's feeds: RSS, Atom and JSON Feed with the same items, and one feed
 * per tag with exactly that tag's items, every file read back by a feed reader.
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkFeed, checkJsonFeed } from './hostile/checks.mjs';
import { broadsheet, listFiles, scratch, writeFiles } from './support/cli.js';
import { python } from './support/tools.js';

/** An article with front matter: its title, date and tags. */
const article = (title: string, date: string, tags: string[]) =>
  [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date}`,
    `tags: ${JSON.stringify(tags)}`,
    '---',
    title,
    '',
    `${title}: the text.`,
  ].join('\n');

const INPUTS: Record<string, string> = {
  'a.md': article('Talks resume in Geneva', '2016-03-04T10:00:00+03:00', ['Syria', 'Diplomacy']),
  'b.md': article('Ceasefire holds', '2016-03-05', ['syria']),
  'c.md': article('Aid reaches Gaza', '2016-03-06T08:00:00Z', ['Gaza', '../../escape', '</title><script>']),
  'd.md': article('No tags here', '2016-03-07', []),
};

const { dir, cleanup } = scratch('broadsheet-feeds-');
const out = path.join(dir, 'out');
let result: ReturnType<typeof broadsheet>;

const run = (target: string) =>
  broadsheet([
    '--format',
    'rss,atom,jsonfeed',
    '--config',
    path.join(dir, 'site.yaml'),
    '--out',
    target,
    path.join(dir, 'in'),
  ]);

beforeAll(() => {
  writeFiles(dir, Object.fromEntries(Object.entries(INPUTS).map(([name, text]) => [`in/${name}`, text])));
  writeFiles(dir, {
    'site.yaml': 'site:\n  title: Example News\n  url: https://news.example.org/\nfeed:\n  tags: true\n',
  });
  result = run(out);
}, 300_000);
afterAll(cleanup);

/** The ids (and titles) of a feed's items, as feedparser reads RSS and Atom, or as JSON. */
function items(file: string): string[][] {
  if (file.endsWith('.json'))
    return (JSON.parse(readFileSync(file, 'utf8')).items as { id: string; title: string }[]).map((i) => [
      i.id,
      i.title,
    ]);
  const script =
    'import feedparser, json, sys\nprint(json.dumps([[e.id, e.title] for e in feedparser.parse(sys.argv[1]).entries]))';
  return JSON.parse(python(script, [file]).stdout) as string[][];
}

describe('the feeds of a run', () => {
  test('are written, and nothing outside the output folder', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const files = listFiles(out);
    for (const name of ['feed.xml', 'atom.xml', 'feed.json']) expect(files).toContain(name);
    for (const file of files) expect(path.resolve(out, file).startsWith(`${out}${path.sep}`)).toBe(true);
    expect(listFiles(dir).filter((file) => !file.startsWith('out/') && !file.startsWith('in/'))).toEqual(['site.yaml']);
  });

  test('pass their readers: xmllint and feedparser for RSS and Atom, the JSON Feed 1.1 schema', () => {
    const problems = listFiles(out).flatMap((name) => {
      const file = path.join(out, name);
      if (name.endsWith('feed.json')) return checkJsonFeed(file);
      return name.endsWith('.xml') ? checkFeed(file) : [];
    });
    expect(problems).toEqual([]);
  });

  test('hold the same items in the same order in all three formats', () => {
    const rss = items(path.join(out, 'feed.xml'));
    expect(rss.map(([, title]) => title)).toEqual([
      'No tags here',
      'Aid reaches Gaza',
      'Ceasefire holds',
      'Talks resume in Geneva',
    ]);
    expect(items(path.join(out, 'atom.xml'))).toEqual(rss);
    expect(items(path.join(out, 'feed.json'))).toEqual(rss);
  });
});

describe('the tag feeds', () => {
  const titlesIn = (folder: string, file: string) =>
    items(path.join(out, 'tags', folder, file)).map(([, title]) => title);
  const folders = (root = out) => [
    ...new Set(
      listFiles(root)
        .filter((f) => f.startsWith('tags/'))
        .map((f) => f.split('/')[1] as string),
    ),
  ];

  test('are one folder per tag, with a plain name, each with all three formats', () => {
    expect(folders()).toHaveLength(5);
    for (const folder of folders()) {
      expect(folder).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      for (const file of ['feed.xml', 'atom.xml', 'feed.json'])
        expect(listFiles(out)).toContain(`tags/${folder}/${file}`);
    }
  });

  test('hold exactly the items of their tag, whatever its case', () => {
    for (const file of ['feed.xml', 'atom.xml', 'feed.json']) {
      expect(titlesIn('syria', file)).toEqual(['Ceasefire holds', 'Talks resume in Geneva']);
      expect(titlesIn('diplomacy', file)).toEqual(['Talks resume in Geneva']);
      expect(titlesIn('gaza', file)).toEqual(['Aid reaches Gaza']);
      expect(titlesIn('escape', file)).toEqual(['Aid reaches Gaza']);
    }
  });

  test('name their tag in the title, as text', () => {
    const json = JSON.parse(readFileSync(path.join(out, 'tags/title-script/feed.json'), 'utf8'));
    expect(json.title).toBe('Example News: </title><script>');
    expect(json.feed_url).toBe('https://news.example.org/tags/title-script/feed.json');
  });

  test('are byte-identical on a second run', () => {
    const second = path.join(dir, 'second');
    expect(run(second).status).toBe(0);
    expect(listFiles(second)).toEqual(listFiles(out));
    for (const name of listFiles(out))
      expect(readFileSync(path.join(second, name)), name).toEqual(readFileSync(path.join(out, name)));
  });

  test('of a tag no article has any more are removed, and the others follow the site', () => {
    const site = path.join(dir, 'pruned');
    const inputs = path.join(dir, 'pruned-in');
    cpSync(path.join(dir, 'in'), inputs, { recursive: true });
    const runOn = (args: readonly string[] = []) =>
      broadsheet(['--format', 'all', '--config', path.join(dir, 'site.yaml'), ...args, '--out', site, inputs]);
    expect(runOn().status).toBe(0);
    expect(folders(site)).toHaveLength(5);
    // Note: the one Gaza article goes (pruned), and one Syria article drops the Diplomacy tag.
    rmSync(path.join(inputs, 'c.md'));
    writeFileSync(path.join(inputs, 'a.md'), article('Talks resume in Geneva', '2016-03-04T10:00:00+03:00', ['Syria']));
    expect(runOn(['--prune']).status).toBe(0);
    expect(folders(site)).toEqual(['syria']);
    for (const file of ['feed.xml', 'atom.xml', 'feed.json'])
      expect(items(path.join(site, 'tags', 'syria', file)).map(([, title]) => title)).toEqual([
        'Ceasefire holds',
        'Talks resume in Geneva',
      ]);
  });
});
