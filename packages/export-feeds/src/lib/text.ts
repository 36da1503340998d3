import { codePointName, escapeXml, xmlSafe } from '@broadsheet/core';

/** Removes characters XML cannot hold (core's `xmlSafe`) and remembers which it removed. */
export interface TextCleaner {
  (text: string): string;
  /** The removed characters as "U+0001", each once, in the order first met. */
  readonly removed: readonly string[];
}

/** Makes a cleaner with its own record, so each article's losses can be reported. */
export function createCleaner(): TextCleaner {
  const removed = new Set<string>();
  const clean = (text: string): string => xmlSafe(text, (character) => removed.add(codePointName(character)));
  return Object.defineProperty(clean, 'removed', { get: () => [...removed] }) as TextCleaner;
}

/** Escapes text for HTML (core's `escapeXml`), so that markup in it shows as the characters it is made of. */
export const escapeHtml: (text: string) => string = escapeXml;
