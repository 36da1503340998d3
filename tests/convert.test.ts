/**
 * `convert()` gives, for one article, exactly the files the command writes
 * for it: same names, same bytes, in every format.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ConfigInput, InputError, UsageError } from '@broadsheet/core';
import { type Conversion, FORMATS, convert } from '@broadsheet/pipeline';
import { broadsheet, listFiles, scratch, writeFiles } from './support/cli.js';

const EPOCH = '1700000000';
const config: ConfigInput = {
  site: { title: 'Example News', url: 'https://news.example.org/' },
  publisher: { name: 'Example News Ltd', logo: 'https://news.example.org/logo.png' },
  feed: { tags: true },
};
const markdown = [
  '---',
  'title: Heat pumps get cheaper',
  'date: 2026-03-04T10:00:00+01:00',
  'url: https://news.example.org/2026/heat-pumps',
  'tags: [energy]',
  '---',
  '# Heat pumps get cheaper',
  '',
  'By Anna Petrova',
  '',
  'LONDON, March 4 (Wire) — Prices fell *sharply* this year, said [the agency](https://example.org/agency), and ![a chart](chart.png) shows it.',
  '',
  '## What changes',
  '',
  '- Air-source pumps',
  '- Ground-source pumps',
  '',
  '> “The market has turned,” said Maria Lopez, the agency’s director.',
].join('\n');

let dir: string;
let cleanup: () => void;
beforeAll(() => {
  ({ dir, cleanup } = scratch('broadsheet-convert-'));
  writeFiles(dir, { 'in/pumps.md': markdown, 'site.json': JSON.stringify(config) });
});
afterAll(() => cleanup());

/** Runs the command on one input and returns every file it wrote, by name. */
function command(input: string, format: string, out: string): Map<string, Buffer> {
  const result = broadsheet(
    ['--format', format, '--config', path.join(dir, 'site.json'), '--out', path.join(dir, out), '-q', input],
    { env: { SOURCE_DATE_EPOCH: EPOCH } },
  );
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return new Map(listFiles(path.join(dir, out)).map((name) => [name, readFileSync(path.join(dir, out, name))]));
}

function byName(conversion: Conversion): Map<string, Buffer> {
  return new Map(conversion.files.map((file) => [file.name, Buffer.from(file.bytes)]));
}

describe('convert()', () => {
  test('gives byte for byte the files the command writes, in every format at once', async () => {
    const written = command(path.join(dir, 'in/pumps.md'), 'all', 'all');
    const converted = await convert(readFileSync(path.join(dir, 'in/pumps.md')), {
      format: 'all',
      config,
      fileName: 'pumps.md',
      sourceDateEpoch: EPOCH,
    });
    expect([...byName(converted).keys()].sort()).toEqual([...written.keys()].sort());
    expect(written.has('tags/energy/feed.xml')).toBe(true);
    expect(new Set(converted.files.map((file) => file.format))).toEqual(new Set(FORMATS));
    for (const [name, bytes] of byName(converted)) expect(bytes.equals(written.get(name) as Buffer), name).toBe(true);
  });

  test.each(FORMATS.map((format) => [format]))('gives the command’s bytes for --format %s alone', async (format) => {
    const written = command(path.join(dir, 'in/pumps.md'), format, `only-${format}`);
    const converted = byName(await convert(markdown, { format, config, fileName: 'pumps.md', sourceDateEpoch: EPOCH }));
    expect([...converted.keys()].sort()).toEqual([...written.keys()].sort());
    for (const [name, bytes] of converted) expect(bytes.equals(written.get(name) as Buffer), name).toBe(true);
  });

  test('reads a .json model back to the same bytes the command gives for it', async () => {
    const model = command(path.join(dir, 'in/pumps.md'), 'json', 'model');
    const [[name, json]] = [...model] as [[string, Buffer]];
    writeFiles(dir, { [`json-in/${name}`]: json });
    const written = command(path.join(dir, 'json-in', name), 'jsonld,json', 'from-json');
    const converted = byName(
      await convert(json, { format: ['jsonld', 'json'], config, fileName: name, sourceDateEpoch: EPOCH }),
    );
    expect([...converted.keys()].sort()).toEqual([...written.keys()].sort());
    for (const [file, bytes] of converted) expect(bytes.equals(written.get(file) as Buffer), file).toBe(true);
    expect(converted.get(name)?.equals(json)).toBe(true);
  });

  test('returns the model the exporters received, with its structure', async () => {
    const { article, slug, warnings } = await convert(markdown, { format: 'json', fileName: 'pumps.md' });
    expect(slug).toBe('heat-pumps-get-cheaper');
    expect(warnings).toEqual([]);
    expect(article.paragraphs).toEqual([
      'Prices fell sharply this year, said the agency, and a chart shows it.',
      'What changes',
      'Air-source pumps',
      'Ground-source pumps',
      '“The market has turned,” said Maria Lopez, the agency’s director.',
    ]);
    expect(article.blocks?.map((block) => block.kind)).toEqual(['paragraph', 'heading', 'item', 'item', 'quote']);
  });

  test('throws the command’s errors: an unknown format, input that is no article, a config field that is wrong', async () => {
    await expect(convert('x', { format: 'xml' })).rejects.toThrow(UsageError);
    await expect(convert('', { format: 'json', fileName: 'empty.txt' })).rejects.toThrow(
      new InputError('empty.txt', 'the file is empty'),
    );
    await expect(
      convert('Headline\n\nBody.', { format: 'json', config: { feed: { limit: -1 } } as ConfigInput }),
    ).rejects.toThrow(/feed\/limit/);
  });
});
