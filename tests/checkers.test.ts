/**
 * scripts/checkers.sh, which `npm test` and `.ci/run` start with: it passes when
 * every checker is there, and on a machine where it may not install the missing
 * ones it stops at once with the one command that does.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { repoRoot, scratch } from './support/cli.js';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

const script = path.join(repoRoot, 'scripts/checkers.sh');
const listed = readFileSync(path.join(repoRoot, 'scripts/checkers.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.split(/\s+/)[0]);

/**
 * The script beside a list of our own, run with a PATH that holds only the
 * commands named (real ones linked in, or fakes given as shell text).
 */
function runWith(list: string, commands: Record<string, string | true>) {
  const { dir, cleanup } = scratch('broadsheet-checkers-');
  cleanups.push(cleanup);
  mkdirSync(path.join(dir, 'scripts'));
  mkdirSync(path.join(dir, 'bin'));
  copyFileSync(script, path.join(dir, 'scripts/checkers.sh'));
  writeFileSync(path.join(dir, 'scripts/checkers.txt'), list);
  for (const [name, body] of Object.entries(commands)) {
    const file = path.join(dir, 'bin', name);
    if (body === true) {
      const real = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
      symlinkSync(real, file);
    } else {
      writeFileSync(file, `#!/bin/sh\n${body}\n`);
      chmodSync(file, 0o755);
    }
  }
  const bash = spawnSync('sh', ['-c', 'command -v bash'], { encoding: 'utf8' }).stdout.trim();
  const result = spawnSync(bash, [path.join(dir, 'scripts/checkers.sh')], {
    encoding: 'utf8',
    env: { PATH: path.join(dir, 'bin') },
  });
  return { ...result, dir };
}

const list = 'present-tool  dirname  a checker that is there\nmissing-tool  no-such-command-here  one that is not\n';

describe('the checker list', () => {
  test('names every package .ci/run installs, including redis-server and newsboat', () => {
    expect(listed).toEqual(
      expect.arrayContaining(['poppler-utils', 'python3-pyld', 'chromium', 'redis-server', 'newsboat']),
    );
    expect(readFileSync(path.join(repoRoot, '.ci/run'), 'utf8')).toContain('scripts/checkers.sh');
  });

  test('--list prints the packages, one a line', () => {
    const result = spawnSync(script, ['--list'], { encoding: 'utf8' });
    expect(result.stdout.trim().split('\n')).toEqual(listed);
  });
});

describe('a missing checker', () => {
  test('without root or sudo, stops with the one apt-get command that installs what is missing', () => {
    const result = runWith(list, { dirname: true, id: 'echo 1000', 'apt-get': 'exit 0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'The tests need checkers that are not installed: missing-tool\nInstall them with:\n' +
        '  sudo apt-get update && sudo apt-get install -y --no-install-recommends missing-tool\n',
    );
  });

  test('as root, is installed with apt-get', () => {
    const log = 'echo "$@" >> "$(dirname "$0")/apt.log"';
    const result = runWith(list, { dirname: true, id: 'echo 0', 'apt-get': log });
    // Note: the fake apt-get installs nothing, so the check after it names what is still missing.
    expect(result.stderr).toBe(
      'installing the missing checkers: missing-tool\ninstalled missing-tool, but no-such-command-here is still missing\n',
    );
    expect(result.status).toBe(1);
    expect(readFileSync(path.join(result.dir, 'bin/apt.log'), 'utf8')).toBe(
      'update -qq\ninstall -y -qq --no-install-recommends missing-tool\n',
    );
  });

  test('with nothing missing, passes without a word', () => {
    const result = runWith('present-tool  dirname  there\n', { dirname: true, id: 'echo 1000' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
