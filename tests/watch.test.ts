/**
 * `broadsheet watch`: an export, then another after each save, addition and
 * removal under the watched folder, until SIGINT; the feed is read back by
 * feedparser after each change.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, expect, test } from 'vitest';
import { checkArticle } from '@broadsheet/core';
import { scratch, seedFile, writeFiles } from './support/cli.js';
import { type Running, start, stopAll } from './support/processes.js';
import { python } from './support/tools.js';

const { dir, cleanup } = scratch('broadsheet-watch-');
afterEach(stopAll);
afterAll(cleanup);

/** The feed's item titles as feedparser reads them; fails on a feed feedparser finds broken. */
function feedTitles(file: string): string[] {
  const script = `
import json, sys, feedparser
d = feedparser.parse(open(sys.argv[1], "rb").read())
if d.bozo: raise SystemExit("bozo: %s" % d.get("bozo_exception"))
print(json.dumps(sorted(e.get("title") for e in d.entries)))`;
  const result = python(script, [file]);
  if (result.status !== 0) throw new Error(`feedparser could not read ${file}: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}

/** Waits until the watcher has said it is watching `times` times (after its first export and after each later one). */
async function watching(run: Running, times: number): Promise<void> {
  for (let waited = 0; ; waited += 50) {
    const said = run
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('watching for changes')).length;
    if (said >= times) return;
    if (run.child.exitCode !== null) throw new Error(`watch exited early:\n${run.stderr()}`);
    if (waited > 120_000) throw new Error(`watch said "watching" ${said} times, not ${times}:\n${run.stdout()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const modelOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { headline: string; paragraphs: string[] };

test('watch exports each file saved, added or removed, keeps the feed whole, and exits 0 on Ctrl-C', async () => {
  const input = path.join(dir, 'in');
  const out = path.join(dir, 'out');
  writeFiles(input, { 'seed.txt': readFileSync(seedFile) });
  const run = start(['watch', '--format', 'json,rss', '--out', out, input]);
  await watching(run, 1);
  const seedTitle = modelOf(
    path.join(out, 'kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition.json'),
  ).headline;
  expect(feedTitles(path.join(out, 'feed.xml'))).toEqual([seedTitle]);

  writeFileSync(
    path.join(input, 'fish.txt'),
    'Fishing quotas cut\n\nThe ministry said on Monday it would cut quotas.\n',
  );
  await watching(run, 2);
  const fish = path.join(out, 'fishing-quotas-cut.json');
  expect(checkArticle(modelOf(fish))).toEqual([]);
  expect(feedTitles(path.join(out, 'feed.xml'))).toEqual([seedTitle, 'Fishing quotas cut'].sort());

  writeFileSync(
    path.join(input, 'fish.txt'),
    'Fishing quotas cut\n\nThe ministry said on Monday it would cut quotas by half.\n',
  );
  await watching(run, 3);
  expect(modelOf(fish).paragraphs).toEqual(['The ministry said on Monday it would cut quotas by half.']);

  writeFileSync(path.join(input, 'broken.json'), '{"headline": ');
  await watching(run, 4);
  expect(run.stderr()).toContain(`error: ${path.join(input, 'broken.json')}:`);

  rmSync(path.join(input, 'fish.txt'));
  await watching(run, 5);
  expect(existsSync(fish)).toBe(false);
  expect(feedTitles(path.join(out, 'feed.xml'))).toEqual([seedTitle]);

  run.child.kill('SIGINT');
  const { code } = await run.exited;
  expect(code).toBe(0);
  expect(run.stderr()).not.toMatch(/\n\s+at /);
}, 300_000);

test('watch refuses --queue and --json with a usage error', async () => {
  for (const extra of [['--queue', 'redis://127.0.0.1:1'], ['--json']]) {
    const run = start(['watch', ...extra, '--out', path.join(dir, 'x'), path.join(dir, 'none')]);
    const { code } = await run.exited;
    expect(code).toBe(2);
    expect(run.stderr()).toMatch(/^broadsheet: broadsheet watch .*not for it\n/);
  }
});
