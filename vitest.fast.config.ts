import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { configDefaults, defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The fast lane, `npm run test:fast`: every package's unit and golden tests, in
// seconds, to run after each change. Left to `npm test` (which CI runs): the
// end-to-end tests in tests/, which spawn the built command; the property tests
// (property.test.ts: thousands of generated cases each); and every test file that
// starts LibreOffice, a browser, a feed reader or Redis.
const SLOW = /soffice|convertWithLibreOffice|playwright|chromium|newsboat|redis/i;
const root = path.dirname(new URL(import.meta.url).pathname);

function slowTestFiles(): string[] {
  return ['apps', 'packages'].flatMap((folder) =>
    readdirSync(path.join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.test.ts') && !file.includes('node_modules'))
      .map((file) => `${folder}/${file}`)
      .filter((file) => SLOW.test(readFileSync(path.join(root, file), 'utf8'))),
  );
}

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, '**/property.test.ts', ...slowTestFiles()],
    // Note: one module graph per worker instead of one per file; loading the packages from source is most of the time.
    isolate: false,
  },
});
