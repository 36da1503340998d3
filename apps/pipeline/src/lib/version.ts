import { createRequire } from 'node:module';

/** Broadsheet's version, from the command's package.json: part of every output's fingerprint. */
export const version: string = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
