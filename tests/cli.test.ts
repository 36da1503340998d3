import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkArticle } from '@broadsheet/core';
import { broadsheet, listFiles, scratch, seedFile, writeFiles } from './support/cli.js';

const SEED_SLUG = 'kerry-and-lavrov-discuss-peace-talks-between-assad-and-opposition';
let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});
function tempDir(): string {
  const { dir, cleanup } = scratch();
  cleanups.push(cleanup);
  return dir;
}

function noStackTrace(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
  expect(stderr).not.toMatch(/node:internal|\.ts:\d+|\.js:\d+/);
}

describe('command line', () => {
  test('--help explains the options and exits 0', () => {
    const result = broadsheet(['--help']);
    expect(result.status).toBe(0);
    for (const option of ['--format', '--input', '--out', '--config', '--json', '--jobs', '--quiet', '--version'])
      expect(result.stdout).toContain(option);
    expect(result.stdout).toContain('Exit status');
  });

  test('--version prints the version and exits 0', () => {
    const result = broadsheet(['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^broadsheet \d+\.\d+\.\d+\n$/);
  });

  test('an unknown option exits 2 with one clear line and writes nothing', () => {
    const dir = tempDir();
    const result = broadsheet(['--colour', 'red', '--out', path.join(dir, 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe('broadsheet: unknown option --colour');
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
    noStackTrace(result.stderr);
  });

  test('an unknown format exits 2 and names the formats there are', () => {
    const dir = tempDir();
    const result = broadsheet(['--format', 'pdf,xml', '--out', path.join(dir, 'out')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(
      'unknown format "xml": choose from pdf, docx, jsonld, json, html, rss, atom, jsonfeed, all',
    );
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  test('a config that breaks its schema exits 2 naming the file and the field, and writes nothing', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'site.json': JSON.stringify({ feed: { limit: 'many' }, site: { url: 'not a url' }, colour: 1 }),
    });
    const result = broadsheet([
      '--format',
      'json',
      '--config',
      path.join(dir, 'site.json'),
      '--out',
      path.join(dir, 'out'),
      seedFile,
    ]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(`config ${path.join(dir, 'site.json')}: `);
    expect(result.stderr).toContain('/: has unknown property "colour"');
    expect(result.stderr).toContain('/site/url: must match format "uri"');
    expect(result.stderr).toContain('/feed/limit: must be integer');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(dir, 'out'))).toBe(false);
  });

  test('a config file that is missing exits 2', () => {
    const dir = tempDir();
    const result = broadsheet(['--config', path.join(dir, 'nope.json'), '--out', path.join(dir, 'out'), seedFile]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('nope.json: no such file or folder');
  });
});

describe('the json format', () => {
  test('writes the seed as its validated model, by default from seeds/ into out/', () => {
    const dir = tempDir();
    writeFiles(dir, { 'seeds/000_d3ebd397d2656eba.txt': readFileSync(seedFile) });
    const result = broadsheet(['--format', 'json'], { cwd: dir });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(listFiles(path.join(dir, 'out'))).toEqual([`${SEED_SLUG}.json`]);
    const model = JSON.parse(readFileSync(path.join(dir, 'out', `${SEED_SLUG}.json`), 'utf8'));
    expect(checkArticle(model)).toEqual([]);
    expect(model).toMatchObject({
      kicker: 'Syria',
      headline: 'Kerry and Lavrov Discuss peace talks between Assad and Opposition',
      removed: ['Related Posts'],
    });
    expect(model.paragraphs).toHaveLength(9);
    expect(model.datePublished).toBeUndefined();
    expect(result.stdout).toContain('1 article exported, 0 unchanged, 0 removed, 0 failed');
  });

  test('given back as input, the model exports the same bytes', () => {
    const dir = tempDir();
    const first = broadsheet(['--format', 'json', '--out', path.join(dir, 'a'), seedFile]);
    expect(first.status).toBe(0);
    const model = path.join(dir, 'a', `${SEED_SLUG}.json`);
    const second = broadsheet(['--format', 'json', '--out', path.join(dir, 'b'), model]);
    expect(second.status).toBe(0);
    expect(readFileSync(path.join(dir, 'b', `${SEED_SLUG}.json`))).toEqual(readFileSync(model));
  });

  test('a JSON input that breaks the schema fails with every problem on one line', () => {
    const dir = tempDir();
    writeFiles(dir, { 'bad.json': JSON.stringify({ headline: 'x', wordCount: 'many' }) });
    const result = broadsheet(['--format', 'json', '--out', path.join(dir, 'out'), path.join(dir, 'bad.json')]);
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('bad.json: does not match the article schema: /: must have required property');
    expect(lines[0]).toContain('/wordCount: must be integer');
  });
});

describe('bad input', () => {
  test('each bad article fails with one line naming the file and the reason; the rest still export; exit 1', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'in/a-good.txt': 'Talks resume\n\nThe talks resumed on Monday in Geneva.',
      'in/b-empty.txt': '',
      'in/c-blank.txt': '  \n\n \t\n',
      'in/d-binary.txt': Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 7) % 256)),
      'in/e-headline.txt': 'A headline alone\n',
      'in/f-good.md': '# Second story\n\nIt is **fine**.',
    });
    const result = broadsheet(['--format', 'json', '--out', path.join(dir, 'out'), path.join(dir, 'in')]);
    expect(result.status).toBe(1);
    const errors = result.stderr.trim().split('\n');
    const input = path.join(dir, 'in');
    expect(errors).toEqual([
      `error: ${path.join(input, 'b-empty.txt')}: the file is empty`,
      `error: ${path.join(input, 'c-blank.txt')}: the file holds only white space`,
      `error: ${path.join(input, 'd-binary.txt')}: looks like binary data, not text (it holds NUL bytes)`,
      `error: ${path.join(input, 'e-headline.txt')}: has a headline but no body text`,
    ]);
    expect(listFiles(path.join(dir, 'out'))).toEqual(['second-story.json', 'talks-resume.json']);
    expect(result.stdout).toContain('2 articles exported, 0 unchanged, 0 removed, 4 failed');
  });

  test('a missing input is an error line and exit 1, and the other inputs still export', () => {
    const dir = tempDir();
    const result = broadsheet([
      '--format',
      'json',
      '--out',
      path.join(dir, 'out'),
      path.join(dir, 'missing.txt'),
      seedFile,
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(`error: ${path.join(dir, 'missing.txt')}: no such file or folder\n`);
    expect(listFiles(path.join(dir, 'out'))).toEqual([`${SEED_SLUG}.json`]);
  });

  test('an input over the size limit is refused with the limit named', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'big.txt': `Big\n\n${'word '.repeat(400)}`,
      'site.json': JSON.stringify({ input: { maxBytes: 1000 } }),
    });
    const result = broadsheet([
      '--format',
      'json',
      '--config',
      path.join(dir, 'site.json'),
      '--out',
      path.join(dir, 'out'),
      path.join(dir, 'big.txt'),
    ]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('big.txt: is 2 KB, over the 1000 bytes input limit (input.maxBytes in --config)');
  });
});

describe('output names', () => {
  test('a headline that is a path stays inside --out', () => {
    const dir = tempDir();
    writeFiles(dir, { 'in/evil.txt': '../../etc/passwd\n\nBody text.' });
    const result = broadsheet(['--format', 'json', '--out', path.join(dir, 'out'), path.join(dir, 'in')]);
    expect(result.status).toBe(0);
    expect(listFiles(dir)).toEqual(['in/evil.txt', 'out/etc-passwd.json']);
  });

  test('duplicate headlines get unique slugs in input order', () => {
    const dir = tempDir();
    writeFiles(dir, {
      'in/1.txt': 'Same story\n\nFirst.',
      'in/2.txt': 'Same story\n\nSecond.',
      'in/3.txt': 'Same story\n\nThird.',
    });
    const result = broadsheet(['--format', 'json', '--out', path.join(dir, 'out'), path.join(dir, 'in')]);
    expect(result.status).toBe(0);
    const out = path.join(dir, 'out');
    expect(listFiles(out)).toEqual(['same-story-2.json', 'same-story-3.json', 'same-story.json']);
    expect(JSON.parse(readFileSync(path.join(out, 'same-story-3.json'), 'utf8')).paragraphs).toEqual(['Third.']);
  });

  test('a symlink already in the output folder is replaced, not followed', () => {
    const dir = tempDir();
    writeFiles(dir, { 'victim.txt': 'keep me', 'in/s.txt': 'Talks resume\n\nBody.', 'out/.keep': '' });
    symlinkSync(path.join(dir, 'victim.txt'), path.join(dir, 'out', 'talks-resume.json'));
    const result = broadsheet(['--format', 'json', '--out', path.join(dir, 'out'), path.join(dir, 'in')]);
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(dir, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(JSON.parse(readFileSync(path.join(dir, 'out', 'talks-resume.json'), 'utf8')).headline).toBe('Talks resume');
  });
});

describe('--json report', () => {
  test('describes every article, file and failure on stdout, and nothing else goes there', () => {
    const dir = tempDir();
    writeFiles(dir, { 'in/a.txt': 'Talks resume\n\nBody.', 'in/b.txt': '' });
    const result = broadsheet(['--format', 'json', '--json', '--out', path.join(dir, 'out'), path.join(dir, 'in')]);
    expect(result.status).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({
      formats: ['json'],
      exported: 1,
      failed: 1,
      articles: [
        {
          input: path.join(dir, 'in', 'a.txt'),
          slug: 'talks-resume',
          headline: 'Talks resume',
          files: [{ format: 'json', path: path.join(dir, 'out', 'talks-resume.json') }],
        },
      ],
      failures: [{ input: path.join(dir, 'in', 'b.txt'), error: 'the file is empty' }],
    });
    expect(report.articles[0].files[0].bytes).toBe(readFileSync(path.join(dir, 'out', 'talks-resume.json')).length);
  });
});
