import { defineConfig } from 'vitest/config';

// Note: the custom condition makes every workspace package resolve to its
// TypeScript sources, so unit tests need no build; end-to-end tests spawn the built command.
export default defineConfig({
  resolve: { conditions: ['@broadsheet/source'] },
  ssr: { resolve: { conditions: ['@broadsheet/source'] } },
  test: {
    include: ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    setupFiles: ['tests/support/setup.ts'],
  },
});
