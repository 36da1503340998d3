/**
 * Nothing half-written: a run killed with SIGKILL at random moments (seeded:
 * after a random number of files, then a few milliseconds) leaves
 * every output either absent, as it was, or complete; the next run removes the
 * temporary files the killed ones left; two runs into one folder at once leave
 * complete files.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { binPath, broadsheet, scratch, seedFile, writeFiles } from '../support/cli.js';
import { testSeed } from '../support/seed.js';
import { python } from '../support/tools.js';
import { checkOutputFolder, isTempFile } from './checks.mjs';
import { random } from './corpus.mjs';

const ARTICLES = 120;
const KILLS = 15;
const { dir, cleanup } = scratch('broadsheet-kill-');
const input = path.join(dir, 'in');
const args = (out: string, from = input, extra: readonly string[] = []) => [
  '--format',
  'all',
  '--jobs',
  '2',
  '--quiet',
  ...extra,
  '--out',
  out,
  from,
];

beforeAll(() => {
  const body = readFileSync(seedFile, 'utf8').split('\n').slice(1).join('\n');
  const files: Record<string, string> = {};
  for (let i = 0; i < ARTICLES; i++) files[`${String(i).padStart(3, '0')}.txt`] = `Story ${i} of the talks\n${body}`;
  writeFiles(input, files);
});
afterAll(cleanup);

function start(out: string, from = input, extra: readonly string[] = []): ChildProcess {
  return spawn(process.execPath, [binPath, ...args(out, from, extra)], {
    stdio: 'ignore',
    env: { ...process.env, SOURCE_DATE_EPOCH: '' },
  });
}

function exited(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null)
      resolve({ code: child.exitCode, signal: child.signalCode });
    else child.once('exit', (code, signal) => resolve({ code, signal }));
  });
}

const temps = (out: string) => readdirSync(out).filter(isTempFile);

/**
 * Resolves once the run has renamed `count` files into `out`, or has ended.
 * Note: the kill moments are counted in files written, not in milliseconds, so
 * they fall in the same places of the run on a fast machine and on a busy one.
 */
function afterFiles(child: ChildProcess, out: string, count: number): Promise<void> {
  return new Promise((resolve) => {
    let renamed = 0;
    const done = () => {
      watcher.close();
      child.off('exit', done);
      resolve();
    };
    const watcher = watch(out, (_, name) => {
      if (name !== null && !isTempFile(name) && ++renamed >= count) done();
    });
    child.once('exit', done);
  });
}

describe('a run killed at random moments', () => {
  const out = path.join(dir, 'killed');
  const seen = new Map<string, string>();
  const killedPids: number[] = [];
  const found: { after: number; problems: string[]; temps: number; files: number }[] = [];

  beforeAll(async () => {
    const next = random(testSeed);
    mkdirSync(out, { recursive: true });
    for (let kill = 0; kill < KILLS; kill++) {
      const child = start(out);
      const after = 1 + Math.floor(next() * 60);
      await afterFiles(child, out, after);
      // Note: a few milliseconds more, so that some kills land in the middle of writing a file.
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 20)));
      child.kill('SIGKILL');
      await exited(child);
      if (child.pid !== undefined) killedPids.push(child.pid);
      const check = checkOutputFolder(out, { thorough: false, seen });
      found.push({ after, problems: check.problems, temps: check.temps, files: check.files });
    }
  }, 900_000);

  test('leaves every file it had renamed into place complete and valid, after each kill', () => {
    expect(found).toHaveLength(KILLS);
    expect(
      found.filter((kill) => kill.problems.length > 0),
      `SEED=${testSeed} replays these kills`,
    ).toEqual([]);
    expect(found.at(-1)?.files).toBeGreaterThan(0);
  });

  test('the next run removes the temporary files the killed runs left, and a complete run leaves none', () => {
    const stale = `.story-0-of-the-talks.json.${killedPids[0]}-0-999.tmp`;
    writeFileSync(path.join(out, stale), '{"half": ');
    const result = broadsheet(args(out));
    expect(result.status).toBe(0);
    expect(temps(out)).toEqual([]);
  });

  test('after the complete run every output is there and passes its reader', () => {
    const check = checkOutputFolder(out);
    expect(check.problems).toEqual([]);
    expect(check.files).toBe(ARTICLES * 6 + 4);
  });
});

describe('two runs writing one folder at once', () => {
  test('both succeed and leave complete files and no temporary ones', async () => {
    const out = path.join(dir, 'together');
    const first = start(out);
    const second = start(out);
    const [a, b] = await Promise.all([exited(first), exited(second)]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const check = checkOutputFolder(out);
    expect(check.problems).toEqual([]);
    expect(check.temps).toBe(0);
    expect(check.files).toBe(ARTICLES * 6 + 4);
  }, 600_000);
});

describe('an incremental run killed at random moments', () => {
  const out = path.join(dir, 'incremental');
  const from = path.join(dir, 'site-in');
  const config = path.join(dir, 'site.json');
  const extra = ['--prune', '--config', config];
  const story = (i: number, note: string) =>
    `Story ${i} of the talks${note}\n${readFileSync(seedFile, 'utf8').split('\n').slice(1).join('\n')}`;
  const found: string[][] = [];

  beforeAll(async () => {
    writeFileSync(config, JSON.stringify({ feed: { limit: 1000 } }));
    cpSync(input, from, { recursive: true });
    expect(broadsheet(args(out, from, extra)).status).toBe(0);
    // Note: a day's work on the site: corrections, new articles and deletions.
    for (let i = 0; i < 20; i++)
      writeFileSync(path.join(from, `${String(i).padStart(3, '0')}.txt`), story(i, ', corrected'));
    for (let i = ARTICLES; i < ARTICLES + 20; i++) writeFileSync(path.join(from, `${i}.txt`), story(i, ''));
    for (let i = 100; i < 110; i++) rmSync(path.join(from, `${i}.txt`));
    const next = random(testSeed + 1);
    for (let kill = 0; kill < 6; kill++) {
      const child = start(out, from, extra);
      await afterFiles(child, out, 1 + Math.floor(next() * 40));
      await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 20)));
      child.kill('SIGKILL');
      await exited(child);
      found.push(checkOutputFolder(out, { thorough: false }).problems);
    }
  }, 900_000);

  test('leaves whole files after each kill, and the next run completes the change', () => {
    expect(found.flat(), `SEED=${testSeed} replays these kills`).toEqual([]);
    const result = broadsheet(['--json', ...args(out, from, extra).filter((arg) => arg !== '--quiet')]);
    expect(result.status).toBe(0);
    const check = checkOutputFolder(out);
    expect(check.problems).toEqual([]);
    expect(check.temps).toBe(0);
    const live = ARTICLES + 20 - 10;
    expect(check.files).toBe(live * 6 + 4);
  }, 600_000);

  test('afterwards the store agrees with the files: a run finds every article unchanged, and the feed lists exactly them', () => {
    const result = broadsheet(['--json', ...args(out, from, extra).filter((arg) => arg !== '--quiet')]);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { exported: number; unchanged: number; removed: number };
    const live = ARTICLES + 20 - 10;
    expect([report.exported, report.unchanged, report.removed]).toEqual([0, live, 0]);
    const read = python(
      'import json, sys, feedparser\nd = feedparser.parse(open(sys.argv[1], "rb").read())\nprint(json.dumps(None if d.bozo else [e.title for e in d.entries]))',
      [path.join(out, 'feed.xml')],
    );
    const titles = JSON.parse(read.stdout) as string[];
    expect(titles).toHaveLength(live);
    expect(titles.filter((title) => title.endsWith(', corrected'))).toHaveLength(20);
    expect(titles.filter((title) => /^Story 10\d of/.test(title))).toEqual([]);
  }, 600_000);
});
