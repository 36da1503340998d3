/**
 * The export as jobs on a BullMQ queue: a real redis-server on 127.0.0.1, a
 * coordinator (`broadsheet --queue`) and `broadsheet worker` processes, all
 * through the built command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { parseDocument } from 'yaml';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { fixtureCases, generatedCases } from './hostile/corpus.mjs';
import { checkOutputFolder, hasStackTrace } from './hostile/checks.mjs';
import { broadsheet, listFiles, repoRoot, scratch, writeFiles } from './support/cli.js';
import { type Running, start, stopAll } from './support/processes.js';
import { type RedisServer, startRedis } from './support/redis.mjs';
import { python } from './support/tools.js';

const labelled = path.join(repoRoot, 'tests/fixtures/labelled');
const { dir, cleanup } = scratch('broadsheet-queue-');
let redis: RedisServer;

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  stopAll();
  await redis?.stop();
  cleanup();
});
afterEach(stopAll);

/** `broadsheet worker` on the test's Redis, one thread. */
function worker(url = redis.url): Running {
  return start(['worker', '--queue', url, '--jobs', '1']);
}

// Note: an undated article's feed date is when it entered the site, so runs
// compared byte for byte share one SOURCE_DATE_EPOCH.
const EPOCH = { SOURCE_DATE_EPOCH: '1700000000' };

/** The coordinator: `broadsheet --queue URL --out OUT INPUT...`. */
function coordinator(out: string, inputs: string[], url = redis.url): Running {
  return start(['--queue', url, '--format', 'all', '--out', out, ...inputs], { env: EPOCH });
}

/** The same export as a local run, with the coordinator's SOURCE_DATE_EPOCH. */
const localRun = (out: string, input: string) => broadsheet(['--format', 'all', '--out', out, input], { env: EPOCH });

/** Every output file (not the run's own dot-folders) with its bytes. */
function outputs(out: string): Map<string, Buffer> {
  return new Map(
    listFiles(out)
      .filter((name) => !name.split(path.sep).some((part) => part.startsWith('.')))
      .map((name) => [name, readFileSync(path.join(out, name))]),
  );
}

function expectSameOutputs(queued: string, local: string): void {
  const a = outputs(queued);
  const b = outputs(local);
  expect([...a.keys()]).toEqual([...b.keys()]);
  const differing = [...a].filter(([name, bytes]) => !bytes.equals(b.get(name) as Buffer)).map(([name]) => name);
  expect(differing).toEqual([]);
}

/** How many files the story corpus's articles have in `out` (six formats each; the feeds and the index apart). */
const storyFiles = (out: string) => readdirSync(out).filter((name) => name.startsWith('story-')).length;

/** Lines of a worker's stdout that say it finished an article, exported or failed. */
const finished = (run: Running) =>
  run
    .stdout()
    .split('\n')
    .filter((line) => /^(exported|failed) /.test(line));

/** Waits until the queue holds `count` jobs waiting for a worker; returns the count. */
async function waitingJobs(count: number): Promise<number> {
  const client = new Redis(redis.port, '127.0.0.1');
  try {
    for (;;) {
      const waiting = await client.llen('bull:broadsheet-export:wait');
      if (waiting === count) return waiting;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    client.disconnect();
  }
}

/** Waits until `run` (a worker) has taken a job it has not finished. */
async function holdingAJob(run: Running): Promise<void> {
  for (;;) {
    const taken = run
      .stdout()
      .split('\n')
      .filter((line) => line.startsWith('taking ')).length;
    if (taken > finished(run).length) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function labelledCorpus(name: string): string {
  const folder = path.join(dir, name);
  writeFiles(
    folder,
    Object.fromEntries(
      readdirSync(labelled)
        .filter((file) => file.endsWith('.txt'))
        .map((file) => [file, readFileSync(path.join(labelled, file))]),
    ),
  );
  return folder;
}

function storyCorpus(name: string, count: number): string {
  const folder = path.join(dir, name);
  const body = readFileSync(path.join(labelled, 'wire-fisheries.txt'), 'utf8').split('\n').slice(1).join('\n');
  const files: Record<string, string> = {};
  for (let i = 0; i < count; i++) files[`${String(i).padStart(3, '0')}.txt`] = `Story ${i} of the talks\n${body}`;
  writeFiles(folder, files);
  return folder;
}

const STORIES = 10;

/**
 * Runs the coordinator with one worker on a Redis of its own, stops that Redis
 * once two articles are in place (or the worker has done four, should the
 * coordinator lag), and checks the coordinator's exit: one line, exit 1, every
 * file in place whole. Returns what the next run starts from.
 */
async function stopRedisMidRun(name: string): Promise<{ input: string; out: string; port: number; placed: number }> {
  const own = await startRedis();
  try {
    const input = storyCorpus(name, STORIES);
    const out = path.join(dir, `${name}-queue`);
    const one = worker(own.url);
    const run = coordinator(out, [input], own.url);
    const placed = () =>
      run
        .stdout()
        .split('\n')
        .filter((line) => line.includes(' -> ')).length;
    while (placed() < 2 && finished(one).length < 4 && run.child.exitCode === null)
      await new Promise((resolve) => setTimeout(resolve, 20));
    await own.stop();
    const stoppedAt = Date.now();
    const { code } = await run.exited;
    // Note: how long it took is printed, not asserted (timing lives in the bench); the test's timeout bounds it.
    console.log(
      `${name}: the coordinator exited ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s after Redis stopped`,
    );
    expect(code).toBe(1);
    expect(run.stderr()).toMatch(new RegExp(`^broadsheet: lost the connection to Redis at ${own.url}`));
    expect(run.stderr().trim().split('\n')).toHaveLength(1);
    expect(hasStackTrace(run.stderr())).toBe(false);
    // Note: the files in place are whole; what workers staged but the coordinator never placed is not checked here.
    const check = checkOutputFolder(out);
    expect(check.problems.filter((problem) => !problem.startsWith(path.join(out, '.broadsheet-queue')))).toEqual([]);
    expect(check.temps).toBe(0);
    expect(placed()).toBeLessThan(STORIES);
    expect(storyFiles(out)).toBe(placed() * 6);
    return { input, out, port: own.port, placed: placed() };
  } finally {
    await own.stop();
  }
}

/**
 * The site in `out` agrees with itself and with its inputs: every file is whole
 * and nothing else is there, a local run finds every article unchanged, and the
 * feed (read by feedparser) lists exactly the input's articles.
 */
function expectConsistentSite(out: string, input: string): void {
  const check = checkOutputFolder(out);
  expect(check.problems).toEqual([]);
  expect(check.temps).toBe(0);
  expect(storyFiles(out)).toBe(STORIES * 6);
  const next = broadsheet(['--json', '--quiet', '--format', 'all', '--out', out, input], { env: EPOCH });
  expect(next.stderr).toBe('');
  expect(next.status).toBe(0);
  const report = JSON.parse(next.stdout) as { exported: number; unchanged: number; articles: { status: string }[] };
  expect([report.exported, report.unchanged]).toEqual([0, STORIES]);
  expect(report.articles.map((article) => article.status)).toEqual(Array(STORIES).fill('unchanged'));
  const read = python(
    'import sys, json, feedparser\nd = feedparser.parse(open(sys.argv[1], "rb").read())\nprint(json.dumps([bool(d.bozo)] + sorted(e.title for e in d.entries)))',
    [path.join(out, 'feed.xml')],
  );
  expect(read.status).toBe(0);
  const headlines = Array.from({ length: STORIES }, (_, i) => `Story ${i} of the talks`).sort();
  expect(JSON.parse(read.stdout)).toEqual([false, ...headlines]);
}

describe('a coordinator and two workers', () => {
  test('export the labelled corpus byte for byte as a local run does', async () => {
    const input = labelledCorpus('labelled');
    const workers = [worker(), worker()];
    const run = coordinator(path.join(dir, 'labelled-queue'), [input]);
    const { code } = await run.exited;
    expect(run.stderr()).toBe('');
    expect(code).toBe(0);
    const local = localRun(path.join(dir, 'labelled-local'), input);
    expect(local.status).toBe(0);
    expectSameOutputs(path.join(dir, 'labelled-queue'), path.join(dir, 'labelled-local'));
    // Note: both workers took part, and every article was done once.
    const done = workers.map((one) => finished(one).length);
    expect(done.every((count) => count > 0)).toBe(true);
    expect(done.reduce((sum, count) => sum + count, 0)).toBe(readdirSync(input).length);
    expect(
      readdirSync(path.join(dir, 'labelled-queue')).filter((name) => name.startsWith('.broadsheet-queue')),
    ).toEqual([]);
  }, 240_000);

  test('export the hostile corpus as a local run does: the same files, the same one-line errors, the same exit', async () => {
    const input = path.join(dir, 'hostile');
    writeFiles(input, { ...fixtureCases(), ...generatedCases() });
    worker();
    worker();
    const run = coordinator(path.join(dir, 'hostile-queue'), [input]);
    const { code } = await run.exited;
    const local = localRun(path.join(dir, 'hostile-local'), input);
    expect(local.status).toBe(1);
    expect(code).toBe(1);
    expect(run.stderr()).toBe(local.stderr);
    expect(hasStackTrace(run.stderr())).toBe(false);
    expectSameOutputs(path.join(dir, 'hostile-queue'), path.join(dir, 'hostile-local'));
  }, 300_000);
});

describe('faults', () => {
  test('a worker killed mid-run loses nothing: its job goes to the other worker and every file is whole', async () => {
    const input = storyCorpus('kill', 24);
    const out = path.join(dir, 'kill-queue');
    const victim = worker();
    const survivor = worker();
    const run = coordinator(out, [input]);
    await victim.line(/^exported /);
    await holdingAJob(victim);
    victim.child.kill('SIGKILL');
    const { code } = await run.exited;
    expect(run.stderr()).toBe('');
    expect(code).toBe(0);
    expect(finished(survivor).length).toBeGreaterThan(0);
    const check = checkOutputFolder(out);
    expect(check.problems).toEqual([]);
    expect(check.temps).toBe(0);
    expect(storyFiles(out)).toBe(24 * 6);
    expect(existsSync(path.join(out, 'feed.xml'))).toBe(true);
  }, 300_000);

  test('a poison article fails once, with its one-line error, and the rest export', async () => {
    const input = path.join(dir, 'poison');
    writeFiles(input, {
      'a.txt': 'Talks resume\n\nThe talks resumed on Monday in Geneva.',
      'b-poison.txt': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7) % 256)),
      'c.txt': 'Second story\n\nIt is fine.',
    });
    const one = worker();
    const run = coordinator(path.join(dir, 'poison-queue'), [input]);
    const { code } = await run.exited;
    expect(code).toBe(1);
    expect(run.stderr()).toBe(
      `error: ${path.join(input, 'b-poison.txt')}: looks like binary data, not text (it holds NUL bytes)\n`,
    );
    expect(run.stdout()).toContain('2 articles exported, 0 unchanged, 0 removed, 1 failed');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(
      one
        .stdout()
        .split('\n')
        .filter((line) => line.startsWith(`taking ${path.join(input, 'b-poison.txt')}`)),
    ).toHaveLength(1);
  }, 120_000);

  test('a worker that dies on an article, every time, is given it a bounded number of times; then the article fails with one line and the rest export', async () => {
    const input = path.join(dir, 'crash');
    const body = readFileSync(path.join(labelled, 'science-reefs.txt'), 'utf8').split('\n').slice(1).join('\n');
    writeFiles(input, {
      'a.txt': 'Talks resume\n\nThe talks resumed on Monday in Geneva.',
      // Note: long, so that the worker is still on it when it is killed.
      'b-crash.txt': `A story its workers die on\n${Array(12).fill(body).join('\n\n')}`,
      'c.txt': 'Second story\n\nIt is fine.',
    });
    const crashing = path.join(input, 'b-crash.txt');
    const out = path.join(dir, 'crash-queue');
    const run = coordinator(out, [input]);
    // Note: whenever a worker process takes the article it dies (SIGKILL, as a native crash or the
    // kernel's OOM killer would do it), and a fresh worker takes its place.
    let current = worker();
    let deaths = 0;
    let done = false;
    const takesIt = new RegExp(`^taking ${crashing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    const killing = (async () => {
      while (!done) {
        const one = current;
        // Note: rejects once the test stops the last worker, which ends the loop.
        await one.line(takesIt);
        if (done) return;
        one.child.kill('SIGKILL');
        await one.exited;
        deaths++;
        current = worker();
      }
    })().catch(() => undefined);
    const { code } = await run.exited;
    done = true;
    current.child.kill('SIGKILL');
    await killing;
    expect(run.stderr()).toBe(
      `error: ${crashing}: the workers running it stopped 3 times (killed, or out of memory)\n`,
    );
    expect(code).toBe(1);
    expect(deaths).toBe(3);
    expect(run.stdout()).toContain('2 articles exported, 0 unchanged, 0 removed, 1 failed');
    const check = checkOutputFolder(out);
    expect(check.problems).toEqual([]);
    expect(check.temps).toBe(0);
    expect(readdirSync(out).filter((name) => name.startsWith('a-story-its-workers-die-on'))).toEqual([]);
    expect(readdirSync(out).filter((name) => /^(talks-resume|second-story)\./.test(name))).toHaveLength(12);
  }, 300_000);

  test('a job whose write to --out fails is retried three times, then its article fails with one line and the rest export', async () => {
    const input = path.join(dir, 'unwritable');
    writeFiles(input, {
      'a.txt': 'Talks resume\n\nThe talks resumed on Monday in Geneva.',
      'b-blocked.txt': 'Blocked story\n\nIts staging folder cannot be made.',
      'c.txt': 'Second story\n\nIt is fine.',
    });
    const blocked = path.join(input, 'b-blocked.txt');
    const out = path.join(dir, 'unwritable-queue');
    // Note: no worker yet, so the jobs wait; a file where one job's staging folder goes makes its every write fail.
    const run = coordinator(out, [input]);
    await waitingJobs(3);
    const client = new Redis(redis.port, '127.0.0.1');
    let jobId: string | undefined;
    try {
      for (const id of await client.lrange('bull:broadsheet-export:wait', 0, -1)) {
        const data = JSON.parse((await client.hget(`bull:broadsheet-export:${id}`, 'data')) ?? '{}');
        if (data.task?.display === blocked) jobId = id;
      }
    } finally {
      client.disconnect();
    }
    expect(jobId).toBeDefined();
    writeFiles(path.join(out, '.broadsheet-queue'), { [jobId as string]: 'in the way' });
    const one = worker();
    const { code } = await run.exited;
    const lines = run.stderr().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      new RegExp(`^error: ${blocked.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: the workers failed on it 3 times: \\S`),
    );
    expect(hasStackTrace(run.stderr())).toBe(false);
    expect(code).toBe(1);
    expect(run.stdout()).toContain('2 articles exported, 0 unchanged, 0 removed, 1 failed');
    expect(
      one
        .stderr()
        .split('\n')
        .filter((line) => line.startsWith(`broadsheet worker: ${blocked}: attempt `)),
    ).toHaveLength(3);
    expect(readdirSync(out).filter((name) => /^(talks-resume|second-story)\./.test(name))).toHaveLength(12);
    expect(readdirSync(out).filter((name) => name.startsWith('blocked-story'))).toEqual([]);
  }, 120_000);

  test('the same corpus enqueued twice is done once: a coordinator run again while its jobs wait takes them over', async () => {
    const input = storyCorpus('twice', 10);
    const out = path.join(dir, 'twice-queue');
    // Note: no worker yet, so the first coordinator's jobs wait in Redis; it is killed once all ten are there.
    const first = coordinator(out, [input]);
    await waitingJobs(10);
    first.child.kill('SIGKILL');
    await first.exited;
    const workers = [worker(), worker()];
    const second = coordinator(out, [input]);
    const { code } = await second.exited;
    expect(second.stderr()).toBe('');
    expect(code).toBe(0);
    expect(await waitingJobs(0)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const done = workers.flatMap(finished);
    expect(done).toHaveLength(10);
    expect(new Set(done).size).toBe(10);
    // Note: the killed coordinator never cleaned up its probe; that is all it left (runs remove it after a day).
    const staging = path.join(out, '.broadsheet-queue');
    expect(readdirSync(staging)).toEqual([expect.stringMatching(/^probe-[0-9a-f]+\.txt$/)]);
    rmSync(staging, { recursive: true });
    const check = checkOutputFolder(out);
    expect(check.problems).toEqual([]);
    expect(storyFiles(out)).toBe(10 * 6);
    expect(existsSync(path.join(out, 'feed.xml'))).toBe(true);
  }, 240_000);

  test('Redis stopping mid-run: one clear line and exit 1, then with Redis back the next run completes the site', async () => {
    const stopped = await stopRedisMidRun('redis-back');
    const again = await startRedis({ port: stopped.port });
    try {
      // Note: the worker that was running keeps reconnecting, so it carries on once Redis is back.
      const rerun = start(
        ['--json', '--quiet', '--queue', again.url, '--format', 'all', '--out', stopped.out, stopped.input],
        {
          env: EPOCH,
        },
      );
      const { code } = await rerun.exited;
      expect(rerun.stderr()).toBe('');
      expect(code).toBe(0);
      const report = JSON.parse(rerun.stdout()) as { exported: number; unchanged: number; failed: number };
      expect(report.unchanged).toBe(stopped.placed);
      expect(report.exported).toBe(STORIES - stopped.placed);
      expectConsistentSite(stopped.out, stopped.input);
    } finally {
      await again.stop();
    }
  }, 300_000);

  test('Redis stopping mid-run leaves a site that a local run completes', async () => {
    const stopped = await stopRedisMidRun('redis-gone');
    const local = broadsheet(['--json', '--quiet', '--format', 'all', '--out', stopped.out, stopped.input], {
      env: EPOCH,
    });
    expect(local.stderr).toBe('');
    expect(local.status).toBe(0);
    const report = JSON.parse(local.stdout) as { exported: number; unchanged: number };
    expect(report.unchanged).toBe(stopped.placed);
    expect(report.exported).toBe(STORIES - stopped.placed);
    expectConsistentSite(stopped.out, stopped.input);
  }, 300_000);

  test('a Redis that is not there is one clear line and exit 1', async () => {
    const own = await startRedis();
    await own.stop();
    const result = broadsheet(['--queue', own.url, '--out', path.join(dir, 'no-redis'), labelledCorpus('no-redis-in')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^broadsheet: cannot reach Redis at ${own.url} \\(.*ECONNREFUSED.*\\); is it running\\?\\n$`),
    );
  }, 60_000);
});

describe('broadsheet worker', () => {
  test('SIGTERM lets it finish the job it holds, then it exits 0', async () => {
    const input = path.join(dir, 'sigterm');
    const body = readFileSync(path.join(labelled, 'science-reefs.txt'), 'utf8').split('\n').slice(1).join('\n');
    writeFiles(input, { 'long.txt': `A long story\n${Array(12).fill(body).join('\n\n')}` });
    const one = worker();
    const run = coordinator(path.join(dir, 'sigterm-queue'), [input]);
    await holdingAJob(one);
    one.child.kill('SIGTERM');
    const stopped = await one.exited;
    expect(stopped).toEqual({ code: 0, signal: null });
    expect(one.stdout()).toContain(`exported ${path.join(input, 'long.txt')} -> 6 files`);
    const { code } = await run.exited;
    expect(code).toBe(0);
    expect(checkOutputFolder(path.join(dir, 'sigterm-queue')).problems).toEqual([]);
  }, 120_000);

  test('needs --queue, and a --queue that is not a Redis URL is a usage error', () => {
    const missing = broadsheet(['worker']);
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('broadsheet: broadsheet worker needs --queue redis://HOST:PORT[/DB]');
    const wrong = broadsheet(['--queue', 'http://example.org', '--out', path.join(dir, 'never')]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.split('\n')[0]).toBe(
      'broadsheet: --queue must be redis://HOST:PORT[/DB], not "http://example.org"',
    );
  });
});

// Note: there is no Docker where these tests run, so the compose example is never started;
// this checks what can be checked without it: it parses, and its commands are the real command's.
describe('the compose example', () => {
  interface Service {
    image?: string;
    build?: { context: string; dockerfile: string };
    command: string[];
    volumes?: string[];
    depends_on?: string[];
  }
  const file = path.join(repoRoot, 'examples/queue/compose.yaml');

  test('parses as YAML, and its worker and coordinator share the data volume and name the redis service', () => {
    const document = parseDocument(readFileSync(file, 'utf8'), { prettyErrors: false });
    expect(document.errors.map((error) => error.message)).toEqual([]);
    expect(document.warnings.map((warning) => warning.message)).toEqual([]);
    const { services, volumes } = document.toJS() as { services: Record<string, Service>; volumes: object };
    expect(Object.keys(services).sort()).toEqual(['coordinator', 'redis', 'worker']);
    expect(Object.keys(volumes)).toEqual(['data']);
    for (const name of ['worker', 'coordinator']) {
      const service = services[name] as Service;
      expect(service.volumes).toEqual(['data:/data']);
      expect(service.depends_on).toEqual(['redis']);
      expect(service.command).toContain('redis://redis:6379');
      expect(
        existsSync(path.join(path.dirname(file), service.build?.context ?? '', service.build?.dockerfile ?? '')),
      ).toBe(true);
    }
    expect(services.redis?.command[0]).toBe('redis-server');
  });

  test('its commands are ones the built command takes: each, with --help added, prints the help and exits 0', () => {
    const { services } = parseDocument(readFileSync(file, 'utf8')).toJS() as { services: Record<string, Service> };
    for (const name of ['worker', 'coordinator']) {
      const [node, script, ...args] = (services[name] as Service).command;
      expect(node).toBe('node');
      // Note: the image's working folder is the repository, built (see the Dockerfile).
      const result = spawnSync(process.execPath, [script as string, ...args, '--help'], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('broadsheet worker --queue URL [--jobs N] [--quiet]');
    }
  });

  test('its Redis command starts redis-server without persistence', async () => {
    const { services } = parseDocument(readFileSync(file, 'utf8')).toJS() as { services: Record<string, Service> };
    const [command, ...args] = (services.redis as Service).command;
    const server = await startRedis({ command: command as string, args });
    try {
      const client = new Redis(server.port, '127.0.0.1');
      try {
        expect(await client.config('GET', 'appendonly')).toEqual(['appendonly', 'no']);
        expect(await client.config('GET', 'save')).toEqual(['save', '']);
      } finally {
        client.disconnect();
      }
    } finally {
      await server.stop();
    }
  });
});
