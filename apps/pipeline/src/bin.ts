#!/usr/bin/env node
import { enableCompileCache } from './lib/compile-cache.js';

// Note: on before the command's modules load, so that they are the ones cached.
enableCompileCache();
const { main } = await import('./lib/cli.js');

// Note: under `npm run`, the working folder is the repository root; INIT_CWD is
// where the user typed the command, so their relative paths mean what they meant.
const cwd =
  process.env['npm_lifecycle_event'] === 'export' && process.env['INIT_CWD'] ? process.env['INIT_CWD'] : process.cwd();

process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  cwd,
  env: process.env,
});
