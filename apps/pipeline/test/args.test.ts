import { describe, expect, test } from 'vitest';
import { UsageError } from '@broadsheet/core';
import { parseCommandLine } from '../src/lib/args.js';
import { parseFormats } from '../src/lib/formats.js';

describe('parseCommandLine', () => {
  test('defaults to every format, the seeds folder and out/', () => {
    expect(parseCommandLine([])).toEqual({
      kind: 'export',
      options: {
        formats: ['pdf', 'docx', 'jsonld', 'json', 'html', 'rss', 'atom', 'jsonfeed'],
        inputs: ['seeds'],
        out: 'out',
        json: false,
        quiet: false,
        jobs: 0,
        prune: false,
        force: false,
      },
    });
  });

  test('takes inputs from positionals and --input alike, and every option in short or long form', () => {
    expect(
      parseCommandLine([
        'a.txt',
        '-i',
        'b/',
        '--input',
        'c.md',
        '-f',
        'pdf',
        '-o',
        'dist',
        '-c',
        'site.yaml',
        '-j',
        '2',
        '-q',
        '--json',
      ]),
    ).toEqual({
      kind: 'export',
      options: {
        formats: ['pdf'],
        inputs: ['a.txt', 'b/', 'c.md'],
        out: 'dist',
        config: 'site.yaml',
        json: true,
        quiet: true,
        jobs: 2,
        prune: false,
        force: false,
      },
    });
  });

  test('help and version win over everything else', () => {
    expect(parseCommandLine(['--format', 'pdf', '--help'])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['-V'])).toEqual({ kind: 'version' });
  });

  test('says plainly what is wrong with a command line', () => {
    expect(() => parseCommandLine(['--colour'])).toThrow(new UsageError('unknown option --colour'));
    expect(() => parseCommandLine(['--out'])).toThrow(UsageError);
    expect(() => parseCommandLine(['--jobs', 'many'])).toThrow(
      '--jobs must be a whole number from 0 (one per core) to 256, not "many"',
    );
    expect(() => parseCommandLine(['--out', ''])).toThrow('--out needs a folder');
  });

  test('a value that starts with a dash gets our own message, not parseArgs\'s "ambiguous"', () => {
    const jobs = '--jobs must be a whole number from 0 (one per core) to 256, not "-1"';
    expect(() => parseCommandLine(['-j', '-1'])).toThrow(new UsageError(jobs));
    expect(() => parseCommandLine(['-qj', '-1'])).toThrow(new UsageError(jobs));
    expect(() => parseCommandLine(['--jobs', '-1'])).toThrow(new UsageError(jobs));
    expect(() => parseCommandLine(['--out', '-q'])).toThrow(
      new UsageError('--out needs a value, and "-q" looks like an option (write --out=-q if it is the value)'),
    );
    expect(parseCommandLine(['--out=-q'])).toMatchObject({ options: { out: '-q' } });
  });
});

describe('parseFormats', () => {
  test('reads a comma list in any case and order, and gives the formats in writing order', () => {
    expect(parseFormats('RSS, pdf,json')).toEqual(['pdf', 'json', 'rss']);
  });

  test('expands all and drops repeats', () => {
    expect(parseFormats('json,all,json')).toEqual(['pdf', 'docx', 'jsonld', 'json', 'html', 'rss', 'atom', 'jsonfeed']);
  });

  test('refuses an unknown or empty format list', () => {
    expect(() => parseFormats('pdf,xml')).toThrow('unknown format "xml"');
    expect(() => parseFormats(' , ')).toThrow('--format needs a value');
  });
});
