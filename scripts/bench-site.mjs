// The site's figures for `npm run bench` (issue 12): a site of many articles
// already exported in every format, then the runs a user makes every day on it.
// Prints figures and the targets beside them; asserts nothing.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const fmt = (number, digits = 2) => number.toFixed(digits);
const median = (numbers) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Note: the watcher's debounce (watch.ts): the figure for watch mode excludes it.
const DEBOUNCE_MS = 150;

/**
 * Exports `corpus` (a folder of articles) into a fresh site with `--format all`,
 * then measures, each as a whole process with its peak RSS: a re-run with nothing
 * changed, one article changed, one article added, and `broadsheet watch` after a
 * save. Returns the rows of the targets table.
 */
export async function siteFigures({ bin, rssProbe, corpus, work, runs = 3, table }) {
  const site = path.join(work, 'site');
  rmSync(site, { recursive: true, force: true });
  const count = readdirSync(corpus).length;
  const run = (extra = []) => {
    const started = process.hrtime.bigint();
    const result = spawnSync(
      process.execPath,
      ['--import', rssProbe, bin, '--quiet', '--format', 'all', '--out', site, ...extra, corpus],
      {
        encoding: 'utf8',
        env: { ...process.env, BROADSHEET_PEAK_RSS_FILE: path.join(work, 'site-rss.txt') },
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    if (result.status !== 0)
      throw new Error(`broadsheet on the site exited ${result.status}: ${result.stderr.slice(0, 500)}`);
    return { seconds, rssMb: Number(readFileSync(path.join(work, 'site-rss.txt'), 'utf8')) / 1024 };
  };
  const files = readdirSync(corpus).sort();
  let edits = 0;
  // Note: each change is a correction no earlier run has seen, so it is really exported.
  const change = () => {
    const file = path.join(corpus, files[(edits * 7919) % files.length]);
    appendFileSync(file, `\nCorrection ${++edits}: an earlier version of this article misstated a figure.\n`);
    return file;
  };
  const add = () => {
    const source = readFileSync(path.join(corpus, files[edits % files.length]), 'utf8');
    const [first, ...rest] = source.split('\n');
    const file = path.join(corpus, `added-${++edits}.txt`);
    writeFileSync(file, [`${first} (added ${edits})`, ...rest].join('\n'));
    return file;
  };

  const cold = run();
  const repeat = (step) =>
    Array.from({ length: runs }, () => {
      step();
      return run();
    });
  const unchanged = repeat(() => {});
  const changed = repeat(change);
  const added = repeat(add);
  const watch = await watchFigures({ bin, rssProbe, corpus, site, work, runs, change });

  const seconds = (results) => median(results.map((r) => r.seconds));
  const rows = [
    ['cold run (empty site)', fmt(cold.seconds), fmt(cold.rssMb, 0)],
    ['re-run, nothing changed', fmt(seconds(unchanged)), fmtMax(unchanged)],
    ['one article changed', fmt(seconds(changed)), fmtMax(changed)],
    ['one article added', fmt(seconds(added)), fmtMax(added)],
    [
      `watch: save to outputs and feed updated, less the ${DEBOUNCE_MS} ms debounce`,
      fmt(watch.seconds),
      fmt(watch.rssMb, 0),
    ],
  ];
  console.log(
    `\nThe site over time: ${count} articles exported with --format all, then the day's runs (whole process, median of ${runs}; peak RSS the highest):\n`,
  );
  console.log(table(rows, ['run', 'wall s', 'peak RSS MB']));
  const peak = Math.max(
    ...unchanged.map((r) => r.rssMb),
    ...changed.map((r) => r.rssMb),
    ...added.map((r) => r.rssMb),
    watch.rssMb,
  );
  const worstChange = Math.max(seconds(changed), seconds(added));
  const row = (measure, goal, figure, met) => [measure, goal, figure, met ? 'met' : 'missed'];
  return [
    row(
      `${count}-article site, re-run with nothing changed`,
      '<= 1.0 s',
      `${fmt(seconds(unchanged))} s`,
      seconds(unchanged) <= 1.0,
    ),
    row(`${count}-article site, one article added or changed`, '<= 1.5 s', `${fmt(worstChange)} s`, worstChange <= 1.5),
    row(
      `${count}-article site, watch: save to updated outputs`,
      '<= 1 s',
      `${fmt(watch.seconds)} s`,
      watch.seconds <= 1,
    ),
    row(`${count}-article site, peak RSS of those runs`, '<= 200 MB', `${fmt(peak, 0)} MB`, peak <= 200),
  ];
}

const fmtMax = (results) => fmt(Math.max(...results.map((r) => r.rssMb)), 0);

/**
 * `broadsheet watch` on the site: after its first (incremental) export, `runs`
 * saves, each timed from the write to the line it prints when the export and
 * the feed are done, less the debounce. Then Ctrl-C (SIGINT), and its peak RSS.
 */
async function watchFigures({ bin, rssProbe, corpus, site, work, runs, change }) {
  const rssFile = path.join(work, 'watch-rss.txt');
  const child = spawn(
    process.execPath,
    ['--import', rssProbe, bin, 'watch', '--format', 'all', '--out', site, corpus],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, BROADSHEET_PEAK_RSS_FILE: rssFile },
    },
  );
  let buffered = '';
  let waiting;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text) => {
    buffered += text;
    if (waiting && buffered.includes('watching for changes')) {
      buffered = '';
      waiting();
    }
  });
  const ready = () =>
    new Promise((resolve, reject) => {
      if (buffered.includes('watching for changes')) {
        buffered = '';
        resolve();
        return;
      }
      waiting = resolve;
      child.once('exit', (code) => reject(new Error(`broadsheet watch exited ${code}`)));
    });
  await ready();
  // Note: the watcher settles before the first save counts.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const times = [];
  for (let i = 0; i < runs; i++) {
    const saved = process.hrtime.bigint();
    const done = ready();
    change();
    await done;
    times.push(Number(process.hrtime.bigint() - saved) / 1e9 - DEBOUNCE_MS / 1000);
  }
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGINT');
  await exited;
  return { seconds: median(times), rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 };
}
