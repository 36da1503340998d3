/** Types for corpus.mjs: the hostile inputs. */
export const INJECTIONS: readonly string[];
export function injectionArticle(): string;
export function generatedCases(options?: { big?: boolean }): Record<string, Buffer>;
export function fixtureCases(): Record<string, Buffer>;
export function random(seed: number): () => number;
export function fuzzBatch(seed: number, count: number, base: Uint8Array): Record<string, Buffer>;
