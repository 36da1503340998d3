/**
 * Every README example marked to run (a fenced block whose info string is
 * `js run`) runs with the built packages, and prints exactly the `text` block
 * that follows it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from './support/cli.js';

interface Example {
  readme: string;
  line: number;
  code: string;
  output: string | undefined;
}

const readmes = [
  'README.md',
  ...['packages', 'apps'].flatMap((folder) =>
    readdirSync(path.join(repoRoot, folder))
      .map((name) => path.join(folder, name, 'README.md'))
      .filter((file) => existsSync(path.join(repoRoot, file))),
  ),
];

/** The `js run` blocks of a README, each with the `text` block after it. */
function examplesOf(readme: string): Example[] {
  const lines = readFileSync(path.join(repoRoot, readme), 'utf8').split('\n');
  const blocks: { info: string; line: number; body: string }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^```(.*)$/.exec(lines[index] as string);
    if (!open) continue;
    const end = lines.indexOf('```', index + 1);
    if (end === -1) break;
    blocks.push({ info: (open[1] as string).trim(), line: index + 1, body: lines.slice(index + 1, end).join('\n') });
    index = end;
  }
  return blocks.flatMap((block, index) =>
    block.info === 'js run'
      ? [
          {
            readme,
            line: block.line,
            code: block.body,
            output: blocks[index + 1]?.info === 'text' ? blocks[index + 1]?.body : undefined,
          },
        ]
      : [],
  );
}

const examples = readmes.flatMap(examplesOf);

describe('README examples', () => {
  test('the core and pipeline READMEs each have an example that runs', () => {
    const where = new Set(examples.map((example) => example.readme));
    expect(where).toContain(path.join('packages', 'core', 'README.md'));
    expect(where).toContain(path.join('apps', 'pipeline', 'README.md'));
  });

  test.each(examples.map((example) => [`${example.readme}:${example.line}`, example] as const))(
    '%s prints what the README says',
    { timeout: 180_000 },
    (_, example) => {
      expect(example.output, 'a `js run` block is followed by the `text` block it prints').toBeDefined();
      const result = spawnSync(process.execPath, ['--input-type=module', '--eval', example.code], {
        cwd: path.join(repoRoot, path.dirname(example.readme)),
        encoding: 'utf8',
        env: { ...process.env, SOURCE_DATE_EPOCH: '' },
        timeout: 170_000,
      });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout.trimEnd()).toBe(example.output?.trimEnd());
    },
  );
});
