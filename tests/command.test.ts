/**
 * The command as a person meets it: how it is started (`npx broadsheet`,
 * `npm run export`), which Node.js it needs, and what it prints.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { afterEach, describe, expect, test } from 'vitest';
import { binPath, broadsheet, listFiles, repoRoot, scratch, seedFile, writeFiles } from './support/cli.js';

const SEED_SLUG = 'kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});
function tempDir(): string {
  const { dir, cleanup } = scratch('broadsheet-command-');
  cleanups.push(cleanup);
  return dir;
}

/** The package.json of every workspace package under `folder`. */
function workspaces(folder: string): string[] {
  return readdirSync(path.join(repoRoot, folder))
    .filter((name) => existsSync(path.join(repoRoot, folder, name, 'package.json')))
    .map((name) => `${folder}/${name}/package.json`);
}

const readJson = (file: string) => JSON.parse(readFileSync(path.join(repoRoot, file), 'utf8'));
const { version } = readJson('apps/pipeline/package.json') as { version: string };
const engines = (readJson('package.json') as { engines: { node: string } }).engines.node;

describe('starting the command', () => {
  test('npx broadsheet runs the command after npm install in the repository', () => {
    const result = spawnSync('npx', ['--no-install', 'broadsheet', '--version'], { cwd: repoRoot, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`broadsheet ${version}\n`);
    expect(result.status).toBe(0);
  });

  test('npm run export prints nothing but the command output (npm adds its own banner unless --silent)', () => {
    const result = spawnSync('npm', ['run', '--silent', 'export', '--', '--version'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`broadsheet ${version}\n`);
    expect(result.status).toBe(0);
  });

  test('on a Node.js older than engines allows, it says which it needs, in one line, and exits 2', () => {
    const old = 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"20.11.1"})';
    const result = spawnSync(process.execPath, ['--import', old, binPath, '--version'], { encoding: 'utf8' });
    expect(result.stderr).toBe(`broadsheet: needs Node.js ${engines}, but this is 20.11.1\n`);
    expect(result.stdout).toBe('');
    expect(result.status).toBe(2);
  });
});

describe('the Node.js version', () => {
  const packageFiles = ['package.json', ...['apps', 'packages'].flatMap(workspaces)];
  const minimum = semver.minVersion(engines)?.version ?? '';

  test('every package asks for the same Node.js as the repository, and the README says so', () => {
    for (const file of packageFiles) expect([file, readJson(file).engines?.node]).toEqual([file, engines]);
    expect(minimum).toBe('20.19.0');
    expect(readFileSync(path.join(repoRoot, 'README.md'), 'utf8')).toContain(
      `Node.js ${minimum.replace(/\.0$/, '')} or later`,
    );
  });

  test('the Node.js running the tests is one that engines allows', () => {
    expect(semver.satisfies(process.versions.node, engines)).toBe(true);
  });

  test('every installed package runs on the oldest Node.js of each major version engines allows', () => {
    const lock = readJson('package-lock.json') as { packages: Record<string, { engines?: { node?: string } }> };
    const oldest = engines.split('||').map((range) => semver.minVersion(range)?.version ?? '');
    expect(oldest).toEqual(['20.19.0', '22.13.0', '24.0.0']);
    const refused = Object.entries(lock.packages).flatMap(([name, entry]) => {
      const wanted = entry.engines?.node;
      if (wanted === undefined) return [];
      return oldest
        .filter((node) => !semver.satisfies(node, wanted))
        .map((node) => `${name} needs ${wanted}, not ${node}`);
    });
    expect(refused).toEqual([]);
  });
});

describe('what the command prints', () => {
  test('-j -1 is refused with our own one line, not parseArgs', () => {
    const result = broadsheet(['-j', '-1']);
    expect(result.stderr.split('\n')[0]).toBe(
      'broadsheet: --jobs must be a whole number from 0 (one per core) to 256, not "-1"',
    );
    expect(result.status).toBe(2);
  });

  test('an article exported only into the feed says so', () => {
    const dir = tempDir();
    const result = broadsheet(['--format', 'rss', '--out', path.join(dir, 'out'), seedFile]);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe(`${seedFile} -> added to the feed`);
  });

  test('a warning that many articles share is shown once in full, then counted', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'in/a.txt': 'Launch day\n\nThe rocket 🚀 flew at dawn.',
      'in/b.txt': 'Second launch\n\nAnother rocket 🚀 flew at noon.',
      'in/c.txt': 'Third launch\n\nA third rocket 🚀 flew at dusk.',
    });
    const result = broadsheet(['--format', 'pdf', '--out', path.join(dir, 'out'), path.join(dir, 'in')]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe(
      [
        `warning: ${path.join(dir, 'in', 'a.txt')}: no font has U+1F680 🚀; shown as □`,
        'warning: 2 more articles: no font has U+1F680 🚀; shown as □',
        '',
      ].join('\n'),
    );
  });

  test('-q prints nothing but errors: no warnings, no per-article lines, no summary', () => {
    const dir = tempDir();
    writeFiles(dir, { 'in/a.txt': 'Launch day\n\nThe rocket 🚀 flew at dawn.', 'in/b.txt': '' });
    const result = broadsheet(['-q', '--format', 'pdf', '--out', path.join(dir, 'out'), path.join(dir, 'in')]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`error: ${path.join(dir, 'in', 'b.txt')}: the file is empty\n`);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['launch-day.pdf']);
  });
});

describe('a write that fails part-way', () => {
  test('removes the files of the article it had already written, and names the article as failed', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    // Note: a folder where the Word document should go makes its rename fail, after the PDF is written.
    mkdirSync(path.join(out, `${SEED_SLUG}.docx`), { recursive: true });
    const result = broadsheet(['--format', 'pdf,docx,json', '--out', out, seedFile]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(new RegExp(`^error: ${seedFile.replace(/[.\\]/g, '\\$&')}: could not write to `));
    expect(listFiles(out)).toEqual([]);
  });

  test('in the worker threads too: the other articles are written whole, the failed one leaves nothing, no temporary file stays', () => {
    const dir = tempDir();
    const out = path.join(dir, 'out');
    const body = readFileSync(seedFile, 'utf8').split('\n').slice(1).join('\n');
    const inputs: Record<string, string> = {};
    // Note: eight articles or more run in the pool of worker threads, which write the files themselves.
    for (let i = 0; i < 10; i++) inputs[`in/${i}.txt`] = `Story ${i} of the talks\n${body}`;
    writeFiles(dir, inputs);
    mkdirSync(path.join(out, 'story-4-of-the-talks.docx'), { recursive: true });
    const result = broadsheet(['--format', 'pdf,docx,json', '--jobs', '2', '--out', out, path.join(dir, 'in')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^error: ${path.join(dir, 'in', '4.txt').replace(/[.\\]/g, '\\$&')}: could not write to `),
    );
    const expected = [0, 1, 2, 3, 5, 6, 7, 8, 9].flatMap((i) =>
      ['docx', 'json', 'pdf'].map((extension) => `story-${i}-of-the-talks.${extension}`),
    );
    expect(listFiles(out)).toEqual(expected.sort());
    expect(readdirSync(out).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});
