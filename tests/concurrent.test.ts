/**
 * Two runs into one `--out` at once: the second waits for the store's lock with
 * a message, then finds everything the first exported up to date, so the two
 * never interleave; afterwards the store, the files and the feed agree.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, expect, test } from 'vitest';
import { checkOutputFolder } from './hostile/checks.mjs';
import { scratch, seedFile, writeFiles } from './support/cli.js';
import { start, stopAll } from './support/processes.js';
import { python } from './support/tools.js';

const ARTICLES = 40;
const { dir, cleanup } = scratch('broadsheet-together-');
afterEach(stopAll);
afterAll(cleanup);

const outputs = (out: string) =>
  existsSync(out) ? readdirSync(out).filter((name) => !name.startsWith('.')).length : 0;

test('a second run into the same folder waits for the first, then finds every article unchanged', async () => {
  const input = path.join(dir, 'in');
  const out = path.join(dir, 'out');
  const body = readFileSync(seedFile, 'utf8').split('\n').slice(1).join('\n');
  const files: Record<string, string> = {};
  for (let i = 0; i < ARTICLES; i++) files[`${String(i).padStart(3, '0')}.txt`] = `Story ${i} of the talks\n${body}`;
  writeFiles(input, files);
  const args = ['--json', '--format', 'pdf,json,rss', '--jobs', '1', '--out', out, input];
  const first = start(args);
  // Note: the second starts once the first has written a file, so it holds the lock by then.
  while (outputs(out) === 0 && first.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 20));
  const second = start(args);
  const [a, b] = await Promise.all([first.exited, second.exited]);
  expect([a.code, b.code]).toEqual([0, 0]);
  expect(second.stderr()).toMatch(
    /^broadsheet: another run \(process \d+\) is writing to .+; waiting for it to finish$/m,
  );
  const [reportA, reportB] = [JSON.parse(first.stdout()), JSON.parse(second.stdout())];
  expect([reportA.exported, reportA.unchanged]).toEqual([ARTICLES, 0]);
  expect([reportB.exported, reportB.unchanged]).toEqual([0, ARTICLES]);
  const check = checkOutputFolder(out);
  expect(check.problems).toEqual([]);
  expect(check.temps).toBe(0);
  const read = python(
    'import sys, feedparser\nd = feedparser.parse(open(sys.argv[1], "rb").read())\nprint(0 if d.bozo else len(d.entries))',
    [path.join(out, 'feed.xml')],
  );
  expect(Number(read.stdout)).toBe(ARTICLES);
}, 300_000);
