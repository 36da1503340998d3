/**
 * Bounded work and bad configuration: inputs over the size limit are refused,
 * inputs of a megabyte export, and a bad config is exit 2 naming the file and
 * the field. How time grows with the input is measured by `npm run robustness`,
 * not asserted here.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { broadsheet, scratch, writeFiles } from '../support/cli.js';
import { checkOutputFolder, hasStackTrace } from './checks.mjs';
import { generatedCases } from './corpus.mjs';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});
function tempDir(): string {
  const { dir, cleanup } = scratch('broadsheet-limits-');
  cleanups.push(cleanup);
  return dir;
}

const BIG = Object.entries(generatedCases({ big: true })).filter(([name]) => name.startsWith('big-'));

describe('inputs of a megabyte', () => {
  // Note: no speed is asserted (the benchmark measures speed); the generous timeout
  // only catches work that grows with the square of the input, which takes hours here.
  test.each(BIG)('%s exports in every format with well-formed outputs', { timeout: 180_000 }, (name, bytes) => {
    const dir = tempDir();
    writeFiles(dir, { [name]: bytes });
    const result = broadsheet(['--format', 'all', '-q', '--out', path.join(dir, 'out'), path.join(dir, name)]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(checkOutputFolder(path.join(dir, 'out')).problems).toEqual([]);
  });
});

describe('the size limit', () => {
  test('an input over the default 10 MB is refused with the limit named and the others still export', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'in/a-huge.txt': Buffer.alloc(10 * 1024 * 1024 + 1, 'a'),
      'in/b-fine.txt': 'Talks resume\n\nBody.',
    });
    const result = broadsheet(['--format', 'json', '-q', '--out', path.join(dir, 'out'), path.join(dir, 'in')]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      `error: ${path.join(dir, 'in', 'a-huge.txt')}: is 10 MB, over the 10 MB input limit (input.maxBytes in --config)\n`,
    );
    expect(existsSync(path.join(dir, 'out', 'talks-resume.json'))).toBe(true);
  });
});

describe('bad configuration', () => {
  const runWith = (name: string, content: string | Buffer) => {
    const dir = tempDir();
    writeFiles(dir, { [name]: content, 'in.txt': 'Talks resume\n\nBody.' });
    const result = broadsheet([
      '--format',
      'all',
      '--config',
      path.join(dir, name),
      '--out',
      path.join(dir, 'out'),
      path.join(dir, 'in.txt'),
    ]);
    return { result, dir, config: path.join(dir, name) };
  };
  const expectRefused = (run: ReturnType<typeof runWith>, detail: string) => {
    expect(run.result.status).toBe(2);
    expect(run.result.stderr).toBe(`broadsheet: config ${run.config}: ${detail}\n`);
    expect(existsSync(path.join(run.dir, 'out'))).toBe(false);
    expect(hasStackTrace(run.result.stderr)).toBe(false);
  };

  test('a YAML config with a wrong field names the field', () => {
    expectRefused(runWith('site.yaml', 'input:\n  maxBytes: 0\n'), '/input/maxBytes: must be >= 1');
  });

  test('a YAML config with a field of the wrong type names the field', () => {
    expectRefused(runWith('site.yml', 'page:\n  size: A3\n'), '/page/size: must be one of "A4", "Letter"');
  });

  test('an empty YAML config is not a mapping', () => {
    expectRefused(runWith('site.yaml', ''), '/: must be object');
  });

  test('a YAML alias bomb in the config is refused', () => {
    const bomb = ['a: &a [x,x,x,x,x,x,x,x,x]'];
    for (const [name, previous] of [
      ['b', 'a'],
      ['c', 'b'],
      ['d', 'c'],
      ['e', 'd'],
    ])
      bomb.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    const run = runWith('site.yaml', bomb.join('\n'));
    expect(run.result.status).toBe(2);
    expect(run.result.stderr).toMatch(/^broadsheet: config .*site\.yaml: refused: /);
  });

  test('a config that is not text fails as JSON, with the file named', () => {
    const run = runWith('site.json', Buffer.from([0x00, 0xff, 0xfe, 0x01]));
    expect(run.result.status).toBe(2);
    expect(run.result.stderr).toMatch(/^broadsheet: config .*site\.json: is not valid JSON: /);
  });

  test('a config that is a folder is named as one', () => {
    const dir = tempDir();
    writeFiles(dir, { 'site.json/x': '', 'in.txt': 'Talks resume\n\nBody.' });
    const result = broadsheet(['--config', path.join(dir, 'site.json'), '--out', path.join(dir, 'out'), dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`broadsheet: config ${path.join(dir, 'site.json')}: is a folder\n`);
  });

  test('a config with a prototype key is an unknown property, not a change of defaults', () => {
    expectRefused(
      runWith('site.json', '{"__proto__": {"input": {"maxBytes": 1}}}'),
      '/: has unknown property "__proto__"',
    );
  });
});
