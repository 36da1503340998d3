// Note: exactly what XML 1.0 cannot hold: C0 controls except tab, LF and CR,
// U+FFFE and U+FFFF, and surrogates that are not part of a pair. rss 1.2.2
// writes all of them raw, which makes the feed ill-formed.
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters XML cannot hold and remembers which it removed. */
export interface TextCleaner {
  (text: string): string;
  /** The removed characters as "U+0001", each once, in the order first met. */
  readonly removed: readonly string[];
}

/** Makes a cleaner with its own record, so each article's losses can be reported. */
export function createCleaner(): TextCleaner {
  const removed = new Set<string>();
  const clean = (text: string): string =>
    text.replace(NOT_XML, (character) => {
      removed.add(`U+${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
      return '';
    });
  return Object.defineProperty(clean, 'removed', { get: () => [...removed] }) as TextCleaner;
}

/** Escapes text for HTML, so that markup in it shows as the characters it is made of. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => HTML_ENTITIES[character] ?? character);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
