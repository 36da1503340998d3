import { readFile } from 'node:fs/promises';
import { ConfigError, type SiteConfig, resolveConfig, validateConfig } from '@broadsheet/core';
import { describeFsError } from './inputs.js';

/** Reads, parses (JSON, or YAML for .yaml/.yml) and validates a `--config` file, then applies the defaults. */
export async function loadConfig(file: string | undefined, display: string | undefined): Promise<SiteConfig> {
  if (file === undefined) return resolveConfig();
  const name = display ?? file;
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    throw new ConfigError(name, [describeFsError(error)], { cause: error });
  }
  return resolveConfig(validateConfig(await parseConfigText(text, name, /\.ya?ml$/i.test(file)), name));
}

async function parseConfigText(text: string, name: string, yaml: boolean): Promise<unknown> {
  if (!yaml) {
    try {
      return JSON.parse(text);
    } catch (error) {
      throw new ConfigError(name, [`is not valid JSON: ${(error as Error).message}`], { cause: error });
    }
  }
  // Note: loaded only for a YAML config, so JSON configs do not pay for the parser.
  const { parseDocument } = await import('yaml');
  const doc = parseDocument(text, { schema: 'core', uniqueKeys: true, strict: true });
  const first = doc.errors[0];
  if (first) throw new ConfigError(name, [`is not valid YAML: ${first.message.split('\n')[0]}`]);
  try {
    return doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    throw new ConfigError(name, [`refused: ${(error as Error).message.split('\n')[0]}`], { cause: error });
  }
}
