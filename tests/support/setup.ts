// Runs before every test file (vitest.config.ts, setupFiles): every fast-check
// property draws from the one test seed, which fast-check prints with any
// counterexample ("seed: N"), so `SEED=N npx vitest run FILE` replays it.
import fc from 'fast-check';
import { testSeed } from './seed.js';

fc.configureGlobal({ seed: testSeed });
