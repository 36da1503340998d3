import module from 'node:module';

/**
 * Turns on Node.js's on-disk cache of compiled modules where the runtime has it
 * (`module.enableCompileCache`, Node 22.1 and later); elsewhere does nothing.
 */
export function enableCompileCache(): void {
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
}
