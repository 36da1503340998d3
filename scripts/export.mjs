// `npm run export -- ARGS`: brings the build up to date without a word (turbo's
// cache makes that quick when nothing changed), then runs the command with ARGS,
// so that the only output is the command's own.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: '1' };
const build = (stdio) =>
  spawnSync(path.join(root, 'node_modules/.bin/turbo'), ['run', 'build', '--output-logs=errors-only'], {
    cwd: root,
    env,
    stdio,
  });

if (build('ignore').status !== 0) {
  // Note: run again with the output shown, so the failure is there to read (on stderr, to keep stdout clean).
  build(['ignore', process.stderr, process.stderr]);
  process.stderr.write('broadsheet: the build failed (above); nothing was exported\n');
  process.exit(1);
}
await import('../apps/pipeline/bin/broadsheet.js');
