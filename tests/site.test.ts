/**
 * The site remembers: runs into one `--out` read and update its store. Every
 * scenario goes through the real command; feeds are read back with
 * feedparser, models with the article schema, PDFs with pdfinfo.
 */
import { cpSync, existsSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { open as openLmdb } from 'lmdb';
import { afterEach, describe, expect, test } from 'vitest';
import { checkArticle } from '@broadsheet/core';
import { binPath, broadsheet, listFiles, repoRoot, scratch, seedFile, writeFiles } from './support/cli.js';
import { python, runOk } from './support/tools.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});
function tempDir(): string {
  const { dir, cleanup } = scratch('broadsheet-site-');
  cleanups.push(cleanup);
  return dir;
}

const SEED_SLUG = 'kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition';
const STORIES = {
  'a/one.txt': 'Talks resume in Geneva\n\nThe talks resumed on Monday in Geneva after a week of delays.',
  'a/two.txt': 'Harbour reopens\n\nThe harbour reopened to ships on Tuesday after the storm.',
};

interface Report {
  exported: number;
  unchanged: number;
  removed: number;
  failed: number;
  articles: { status: string; input: string; slug: string; id: string; files: { path: string }[] }[];
  failures: { status: string; input: string; error: string }[];
}

/** Runs the command with `--json` and returns its exit status and report. */
function exportJson(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; bin?: string } = {},
): { status: number | null; report: Report; stderr: string } {
  const result = broadsheet(['--json', '--quiet', ...args], options);
  return { status: result.status, report: JSON.parse(result.stdout) as Report, stderr: result.stderr };
}

const statuses = (report: Report) =>
  Object.fromEntries(report.articles.map((article) => [path.basename(article.input), article.status]));

interface FeedItem {
  id: string;
  title: string;
  published: string | null;
  updated: string | null;
}

/** The feed's items as feedparser reads them, in feed order; fails on a feed feedparser finds broken. */
function feedItems(file: string): FeedItem[] {
  const script = `
import json, sys, time, feedparser
d = feedparser.parse(open(sys.argv[1], "rb").read())
if d.bozo: raise SystemExit("bozo: %s" % d.get("bozo_exception"))
stamp = lambda t: None if t is None else time.strftime("%Y-%m-%dT%H:%M:%SZ", t)
print(json.dumps([{"id": e.get("id"), "title": e.get("title"), "published": stamp(e.get("published_parsed")), "updated": stamp(e.get("updated_parsed"))} for e in d.entries]))`;
  const result = python(script, [file]);
  if (result.status !== 0) throw new Error(`feedparser could not read ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout) as FeedItem[];
}

/** A stamp of a file that changes when it is written again, even with the same bytes. */
function stampOf(file: string): string {
  const info = statSync(file);
  return `${info.ino}:${info.mtimeMs}`;
}

function stampsOf(out: string): Record<string, string> {
  return Object.fromEntries(listFiles(out).map((name) => [name, stampOf(path.join(out, name))]));
}

function model(out: string, slug: string): Record<string, unknown> {
  const value = JSON.parse(readFileSync(path.join(out, `${slug}.json`), 'utf8')) as Record<string, unknown>;
  expect(checkArticle(value)).toEqual([]);
  return value;
}

/** A site of the two stories in `dir/site`, exported in every format. */
function twoStorySite(dir: string, env: Record<string, string> = {}): string {
  writeFiles(dir, STORIES);
  const out = path.join(dir, 'site');
  const first = exportJson(['--out', out, path.join(dir, 'a')], { env });
  expect(first.status).toBe(0);
  expect(first.report.exported).toBe(2);
  return out;
}

describe('a feed that never loses items', () => {
  test("a second run with other inputs adds to the feed; the first run's articles stay in it", () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const second = exportJson(['--out', out, seedFile]);
    expect(second.status).toBe(0);
    expect(second.report).toMatchObject({ exported: 1, unchanged: 0, removed: 0, failed: 0 });
    const titles = feedItems(path.join(out, 'feed.xml')).map((item) => item.title);
    expect(titles.toSorted()).toEqual([
      'Harbour reopens',
      'Kerry and Lavrov Discuss peace talks between Assad and Opposition',
      'Talks resume in Geneva',
    ]);
    expect(listFiles(out)).toContain(`${SEED_SLUG}.pdf`);
    expect(listFiles(out)).toContain('talks-resume-in-geneva.pdf');
  });

  test('a missing input (a typo) is one error line and exit 1, and the feed and the store keep everything', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const feedBefore = readFileSync(path.join(out, 'feed.xml'));
    const typo = broadsheet(['--out', out, path.join(dir, 'nope.txt')]);
    expect(typo.status).toBe(1);
    expect(typo.stderr).toBe(`error: ${path.join(dir, 'nope.txt')}: no such file or folder\n`);
    expect(readFileSync(path.join(out, 'feed.xml'))).toEqual(feedBefore);
    expect(feedItems(path.join(out, 'feed.xml'))).toHaveLength(2);
    const again = exportJson(['--out', out, path.join(dir, 'a')]);
    expect(statuses(again.report)).toEqual({ 'one.txt': 'unchanged', 'two.txt': 'unchanged' });
  });
});

describe('incremental export', () => {
  test('a re-run with nothing changed reports every article unchanged and writes no file', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const before = stampsOf(out);
    const again = exportJson(['--out', out, path.join(dir, 'a')]);
    expect(again.status).toBe(0);
    expect(again.report).toMatchObject({ exported: 0, unchanged: 2, removed: 0, failed: 0 });
    expect(statuses(again.report)).toEqual({ 'one.txt': 'unchanged', 'two.txt': 'unchanged' });
    expect(stampsOf(out)).toEqual(before);
    const summary = broadsheet(['--out', out, path.join(dir, 'a')]);
    expect(summary.stdout).toContain('0 articles exported, 2 unchanged, 0 removed, 0 failed');
  });

  test('a changed input is exported again and the others are left alone', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const before = stampsOf(out);
    writeFiles(dir, { 'a/two.txt': `${STORIES['a/two.txt']}\n\nShips queued outside the port all day.` });
    const again = exportJson(['--out', out, path.join(dir, 'a')]);
    expect(statuses(again.report)).toEqual({ 'one.txt': 'unchanged', 'two.txt': 'exported' });
    const after = stampsOf(out);
    expect(after['talks-resume-in-geneva.pdf']).toBe(before['talks-resume-in-geneva.pdf']);
    expect(after['harbour-reopens.pdf']).not.toBe(before['harbour-reopens.pdf']);
    expect(model(out, 'harbour-reopens').paragraphs).toHaveLength(2);
  });

  test('--force re-exports every article', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const before = stampsOf(out);
    const forced = exportJson(['--force', '--out', out, path.join(dir, 'a')]);
    expect(forced.status).toBe(0);
    expect(statuses(forced.report)).toEqual({ 'one.txt': 'exported', 'two.txt': 'exported' });
    const after = stampsOf(out);
    for (const name of Object.keys(before).filter((name) => name !== 'feed.xml'))
      expect(after[name], name).not.toBe(before[name]);
    expect(model(out, 'harbour-reopens').headline).toBe('Harbour reopens');
  });

  test('a config change re-exports only the formats it affects', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const before = stampsOf(out);
    writeFiles(dir, { 'feed.json': JSON.stringify({ feed: { title: 'Harbour News' } }) });
    const feedOnly = exportJson(['--config', path.join(dir, 'feed.json'), '--out', out, path.join(dir, 'a')]);
    expect(feedOnly.status).toBe(0);
    const afterTitle = stampsOf(out);
    for (const name of [
      'harbour-reopens.pdf',
      'harbour-reopens.docx',
      'harbour-reopens.jsonld',
      'harbour-reopens.json',
    ])
      expect(afterTitle[name], name).toBe(before[name]);
    const python_ = python(
      'import feedparser, sys\nprint(feedparser.parse(open(sys.argv[1], "rb").read()).feed.title)',
      [path.join(out, 'feed.xml')],
    );
    expect(python_.stdout.trim()).toBe('Harbour News');

    writeFiles(dir, { 'letter.json': JSON.stringify({ feed: { title: 'Harbour News' }, page: { size: 'Letter' } }) });
    const letter = exportJson(['--config', path.join(dir, 'letter.json'), '--out', out, path.join(dir, 'a')]);
    expect(statuses(letter.report)).toEqual({ 'one.txt': 'exported', 'two.txt': 'exported' });
    const after = stampsOf(out);
    expect(after['harbour-reopens.pdf']).not.toBe(before['harbour-reopens.pdf']);
    expect(after['harbour-reopens.docx']).not.toBe(before['harbour-reopens.docx']);
    expect(after['harbour-reopens.jsonld']).toBe(before['harbour-reopens.jsonld']);
    expect(after['harbour-reopens.json']).toBe(before['harbour-reopens.json']);
    expect(runOk('pdfinfo', [path.join(out, 'harbour-reopens.pdf')])).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
  });

  test('a new Broadsheet version re-exports everything', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const next = path.join(dir, 'next');
    const pipeline = path.join(repoRoot, 'apps/pipeline');
    for (const folder of ['bin', 'dist'])
      cpSync(path.join(pipeline, folder), path.join(next, folder), { recursive: true });
    const manifest = JSON.parse(readFileSync(path.join(pipeline, 'package.json'), 'utf8'));
    writeFileSync(path.join(next, 'package.json'), JSON.stringify({ ...manifest, version: '99.0.0' }));
    symlinkSync(path.join(repoRoot, 'node_modules'), path.join(next, 'node_modules'));
    const nextBin = path.join(next, path.relative(pipeline, binPath));
    expect(broadsheet(['--version'], { bin: nextBin }).stdout).toBe('broadsheet 99.0.0\n');
    const same = exportJson(['--out', out, path.join(dir, 'a')]);
    expect(same.report.unchanged).toBe(2);
    const upgraded = exportJson(['--out', out, path.join(dir, 'a')], { bin: nextBin });
    expect(upgraded.status).toBe(0);
    expect(statuses(upgraded.report)).toEqual({ 'one.txt': 'exported', 'two.txt': 'exported' });
    expect(exportJson(['--out', out, path.join(dir, 'a')], { bin: nextBin }).report.unchanged).toBe(2);
  });
});

describe('--prune', () => {
  test('without it a deleted input keeps its outputs and feed item; with it both go', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    rmSync(path.join(dir, 'a/two.txt'));
    const kept = exportJson(['--out', out, path.join(dir, 'a')]);
    expect(kept.report).toMatchObject({ exported: 0, unchanged: 1, removed: 0, failed: 0 });
    expect(feedItems(path.join(out, 'feed.xml'))).toHaveLength(2);
    expect(existsSync(path.join(out, 'harbour-reopens.pdf'))).toBe(true);

    const typo = exportJson(['--prune', '--out', out, path.join(dir, 'b')]);
    expect(typo.status).toBe(1);
    expect(typo.report.removed).toBe(0);
    expect(existsSync(path.join(out, 'harbour-reopens.pdf'))).toBe(true);

    const pruned = exportJson(['--prune', '--out', out, path.join(dir, 'a')]);
    expect(pruned.status).toBe(0);
    expect(pruned.report).toMatchObject({ exported: 0, unchanged: 1, removed: 1, failed: 0 });
    expect(pruned.report.articles.find((article) => article.status === 'removed')?.slug).toBe('harbour-reopens');
    expect(listFiles(out).filter((name) => name.startsWith('harbour-reopens'))).toEqual([]);
    expect(feedItems(path.join(out, 'feed.xml')).map((item) => item.title)).toEqual(['Talks resume in Geneva']);
  });

  test('removes only what lies under the inputs named', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    expect(exportJson(['--out', out, seedFile]).report.exported).toBe(1);
    rmSync(path.join(dir, 'a'), { recursive: true });
    writeFiles(dir, { 'c/three.txt': 'Bridge closes\n\nThe bridge closed for repairs.' });
    const pruned = exportJson(['--prune', '--out', out, path.join(dir, 'c')]);
    expect(pruned.report).toMatchObject({ exported: 1, removed: 0 });
    expect(feedItems(path.join(out, 'feed.xml'))).toHaveLength(4);
  });
});

describe('the store', () => {
  test('lives in a dot-folder inside --out and is refused with exit 2 when damaged, leaving the outputs alone', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const before = stampsOf(out);
    writeFileSync(path.join(out, '.broadsheet', 'data.mdb'), 'this is not a database'.repeat(100));
    const result = broadsheet(['--out', out, path.join(dir, 'a')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^broadsheet: .*\.broadsheet is damaged and cannot be read \(.+\)\. Delete /);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(stampsOf(out)).toEqual(before);

    rmSync(path.join(out, '.broadsheet'), { recursive: true });
    const rebuilt = exportJson(['--out', out, path.join(dir, 'a')]);
    expect(rebuilt.status).toBe(0);
    expect(rebuilt.report.exported).toBe(2);
  });

  test('written by an older or a newer Broadsheet, it is refused with exit 2 and a message saying which, leaving the outputs alone', async () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const before = stampsOf(out);
    // Note: the store says its format the way every Broadsheet reads it: LMDB's "meta" database, key "format".
    const setFormat = async (format: number) => {
      const root = openLmdb({ path: path.join(out, '.broadsheet'), maxDbs: 8 });
      await root.openDB({ name: 'meta' }).put('format', format);
      await root.close();
    };
    const message = (which: string) =>
      new RegExp(
        `^broadsheet: .*\\.broadsheet was written by ${which} Broadsheet \\(store format \\d+; this one reads \\d+\\)\\. Delete `,
      );
    await setFormat(999);
    const newer = broadsheet(['--out', out, path.join(dir, 'a')]);
    expect([newer.status, newer.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(newer.stderr).toMatch(message('a newer'));
    await setFormat(0);
    const older = broadsheet(['--out', out, path.join(dir, 'a')]);
    expect([older.status, older.stderr.trim().split('\n').length]).toEqual([2, 1]);
    expect(older.stderr).toMatch(message('an older'));
    expect(stampsOf(out)).toEqual(before);
  });
});

describe('identity and slugs', () => {
  test('correcting the text or the headline keeps the slug, the file names and the feed guid, and sets dateModified', () => {
    const dir = tempDir();
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const out = twoStorySite(dir, env);
    const guidBefore = feedItems(path.join(out, 'feed.xml')).find((item) => item.title === 'Harbour reopens')?.id;
    expect(model(out, 'harbour-reopens').dateModified).toBeUndefined();
    writeFiles(dir, {
      'a/two.txt': 'Harbour reopens to ships\n\nThe harbour reopened to ships on Tuesday, after the storm.',
    });
    const edited = exportJson(['--out', out, path.join(dir, 'a')], { env });
    expect(statuses(edited.report)).toEqual({ 'one.txt': 'unchanged', 'two.txt': 'exported' });
    expect(edited.report.articles.find((article) => article.status === 'exported')?.slug).toBe('harbour-reopens');
    expect(listFiles(out).filter((name) => name.startsWith('harbour'))).toEqual([
      'harbour-reopens.docx',
      'harbour-reopens.html',
      'harbour-reopens.json',
      'harbour-reopens.jsonld',
      'harbour-reopens.jsonld.html',
      'harbour-reopens.pdf',
    ]);
    const changed = model(out, 'harbour-reopens');
    expect(changed.headline).toBe('Harbour reopens to ships');
    expect(changed.dateModified).toBe('2023-11-14T22:13:20.000Z');
    const jsonLd = JSON.parse(readFileSync(path.join(out, 'harbour-reopens.jsonld'), 'utf8'));
    expect(JSON.stringify(jsonLd)).toContain('"dateModified":"2023-11-14T22:13:20');
    const items = feedItems(path.join(out, 'feed.xml'));
    expect(items.find((item) => item.title === 'Harbour reopens to ships')?.id).toBe(guidBefore);
    expect(items).toHaveLength(2);
  });

  test('moving or renaming the whole input folder does not duplicate the articles', () => {
    const dir = tempDir();
    const out = twoStorySite(dir);
    const before = stampsOf(out);
    renameSync(path.join(dir, 'a'), path.join(dir, 'renamed'));
    const moved = exportJson(['--prune', '--out', out, path.join(dir, 'renamed')]);
    expect(moved.status).toBe(0);
    expect(statuses(moved.report)).toEqual({ 'one.txt': 'unchanged', 'two.txt': 'unchanged' });
    expect(stampsOf(out)).toEqual(before);
    expect(feedItems(path.join(out, 'feed.xml'))).toHaveLength(2);
    writeFiles(dir, { 'renamed/two.txt': 'Harbour reopens\n\nThe harbour reopened on Tuesday.' });
    const edited = exportJson(['--out', out, path.join(dir, 'renamed')]);
    expect(edited.report.articles.find((article) => article.status === 'exported')?.slug).toBe('harbour-reopens');
  });

  test('a slug, once given, stays when another article with the same headline comes or goes', () => {
    const dir = tempDir();
    writeFiles(dir, { 'in/m.txt': 'Same story\n\nThe first telling.' });
    const out = path.join(dir, 'site');
    expect(exportJson(['--out', out, path.join(dir, 'in')]).report.articles[0]?.slug).toBe('same-story');
    writeFiles(dir, { 'in/a.txt': 'Same story\n\nAn earlier file name, a later article.' });
    const second = exportJson(['--out', out, path.join(dir, 'in')]);
    expect(Object.fromEntries(second.report.articles.map((a) => [path.basename(a.input), a.slug]))).toEqual({
      'a.txt': 'same-story-2',
      'm.txt': 'same-story',
    });
    expect(model(out, 'same-story').paragraphs).toEqual(['The first telling.']);
    rmSync(path.join(dir, 'in/m.txt'));
    writeFiles(dir, { 'in/z.txt': 'Same story\n\nA third one.' });
    const third = exportJson(['--prune', '--out', out, path.join(dir, 'in')]);
    const slugs = Object.fromEntries(third.report.articles.map((a) => [path.basename(a.input), [a.status, a.slug]]));
    expect(slugs['a.txt']).toEqual(['unchanged', 'same-story-2']);
    expect(slugs['m.txt']).toEqual(['removed', 'same-story']);
    expect(slugs['z.txt']?.[0]).toBe('exported');
    const models = listFiles(out).filter((name) => name.endsWith('.json') && name !== 'feed.json');
    expect(models).toHaveLength(2);
  });

  test('a front-matter slug and id pin the article, even when its file moves and changes at once', () => {
    const dir = tempDir();
    const pinned = (body: string) => `---\nslug: harbour\nid: story-42\n---\nHarbour reopens\n\n${body}\n`;
    writeFiles(dir, { 'in/x.txt': pinned('The harbour reopened.') });
    const out = path.join(dir, 'site');
    const first = exportJson(['--out', out, path.join(dir, 'in')]);
    expect(first.stderr).toBe('');
    expect(first.report.articles[0]?.slug).toBe('harbour');
    const guid = feedItems(path.join(out, 'feed.xml'))[0]?.id;
    rmSync(path.join(dir, 'in/x.txt'));
    writeFiles(dir, { 'in/y.txt': pinned('The harbour reopened on Tuesday.') });
    const moved = exportJson(['--prune', '--out', out, path.join(dir, 'in')]);
    expect(moved.report).toMatchObject({ exported: 1, removed: 0 });
    expect(moved.report.articles[0]?.slug).toBe('harbour');
    expect(feedItems(path.join(out, 'feed.xml')).map((item) => item.id)).toEqual([guid]);

    writeFiles(dir, { 'in/z.txt': '---\nslug: harbour\n---\nAnother story\n\nBody.\n' });
    const clash = exportJson(['--out', out, path.join(dir, 'in')]);
    expect(clash.status).toBe(1);
    expect(clash.report.failures[0]?.error).toBe(
      `the slug "harbour" is already the slug of ${path.join(dir, 'in/y.txt')}: give it another slug or id in its front matter`,
    );
  });
});

describe('undated articles in the feed', () => {
  test('are dated by when they entered the site, a date that stays, and nothing is dated in the documents', () => {
    const dir = tempDir();
    writeFiles(dir, { 'in/a.txt': 'Quiet day\n\nNothing happened.' });
    const out = path.join(dir, 'site');
    const before = Date.now();
    expect(exportJson(['--out', out, path.join(dir, 'in')]).status).toBe(0);
    const after = Date.now();
    const [first] = feedItems(path.join(out, 'feed.xml'));
    const entered = Date.parse(first?.published ?? '');
    expect(entered).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000);
    expect(entered).toBeLessThanOrEqual(after);
    expect(model(out, 'quiet-day').datePublished).toBeUndefined();

    writeFiles(dir, { 'in/b.txt': 'Another quiet day\n\nStill nothing.' });
    expect(exportJson(['--out', out, path.join(dir, 'in')]).report.exported).toBe(1);
    const items = feedItems(path.join(out, 'feed.xml'));
    expect(items.find((item) => item.title === 'Quiet day')?.published).toBe(first?.published);
    expect(items.map((item) => item.title)).toEqual(['Another quiet day', 'Quiet day']);
  });

  test('with SOURCE_DATE_EPOCH set, are dated by the epoch, so the feed is reproducible', () => {
    const dir = tempDir();
    writeFiles(dir, { 'in/a.txt': 'Quiet day\n\nNothing happened.' });
    const env = { SOURCE_DATE_EPOCH: '1700000000' };
    const feeds = ['one', 'two'].map((name) => {
      const out = path.join(dir, name);
      expect(exportJson(['--format', 'json,rss', '--out', out, path.join(dir, 'in')], { env }).status).toBe(0);
      return path.join(out, 'feed.xml');
    });
    expect(feedItems(feeds[0] as string).map((item) => item.published)).toEqual(['2023-11-14T22:13:20Z']);
    expect(readFileSync(feeds[0] as string)).toEqual(readFileSync(feeds[1] as string));
  });
});
