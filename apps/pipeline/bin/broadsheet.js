#!/usr/bin/env node
// The `broadsheet` command as installed: checks the Node.js version against this
// package's `engines` before loading anything that needs a newer one, then runs
// the built command. Plain JavaScript, committed, so that `npm install` can link
// it before the build has run.
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
if (!satisfies(process.versions.node, engines.node)) {
  process.stderr.write(`broadsheet: needs Node.js ${engines.node}, but this is ${process.versions.node}\n`);
  process.exit(2);
}
try {
  await import('../dist/bin.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/bin.js')) throw error;
  process.stderr.write("broadsheet: the command is not built yet; run 'npm run build' first\n");
  process.exit(2);
}

/** Whether `version` meets a range made of `^X.Y.Z` and `>=X.Y.Z` alternatives joined by `||`. */
function satisfies(version, range) {
  const numbers = (text) => text.split('.').map(Number);
  const atLeast = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const have = numbers(version);
  return range.split('||').some((alternative) => {
    const match = /^\s*(\^|>=)\s*(\d+\.\d+\.\d+)\s*$/.exec(alternative);
    if (!match) return true;
    const want = numbers(match[2]);
    return atLeast(have, want) >= 0 && (match[1] === '>=' || have[0] === want[0]);
  });
}
