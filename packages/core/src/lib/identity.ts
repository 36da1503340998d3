import { createHash } from 'node:crypto';
import { decodeText } from './decode.js';
import { splitFrontMatter } from './front-matter.js';
import { normaliseText } from './text.js';

/** What an input's front matter says about its identity: a pinned `slug` and `id`. */
export interface IdentityPins {
  slug?: string;
  id?: string;
}

/**
 * Reads the `slug` and `id` an input pins in its front matter, without parsing
 * the article. Input that cannot be read (binary, broken front matter) pins
 * nothing: parsing the article reports its problem.
 */
export function readIdentityPins(bytes: Uint8Array): IdentityPins {
  try {
    const { fields } = splitFrontMatter(normaliseText(decodeText(bytes).text));
    const pins: IdentityPins = {};
    if (fields.slug !== undefined) pins.slug = fields.slug;
    if (fields.id !== undefined) pins.id = fields.id;
    return pins;
  } catch {
    return {};
  }
}

/** The article id (`sha256:` and 32 hex digits, the model's shape) of a front-matter `id`. */
export function articleIdFromPin(pin: string): string {
  return `sha256:${createHash('sha256').update(`broadsheet-id:${pin}`).digest('hex').slice(0, 32)}`;
}
