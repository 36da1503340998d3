import { strFromU8 } from 'fflate';
import { type Part, packed, zipPacked } from './zip.js';

// Note: [Content_Types].xml first and the package relationships next, as Word writes
// them; some readers sniff the first entry. Everything else follows in name order.
const leadingParts = ['[Content_Types].xml', '_rels/.rels'];

/**
 * Zips the parts docx produced so that the same document gives the same bytes:
 * our own docProps/core.xml in place of docx's (which holds the clock), random
 * relationship ids renumbered, parts in a fixed order, every entry stamped with one fixed time.
 */
export function normalisePackage(parts: Map<string, Part>, coreXml: string): Uint8Array {
  parts.set('docProps/core.xml', coreXml);
  normaliseRelationships(parts);
  const names = [...parts.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return zipPacked(names.map((name) => [name, packed(parts.get(name) as Part)]));
}

function rank(name: string): number {
  const index = leadingParts.indexOf(name);
  return index === -1 ? leadingParts.length : index;
}

/**
 * docx names the relationship of each hyperlink (and a few other parts) with a
 * random nanoid. Renames every id that is not already `rIdN` to the next free
 * `rIdN`, in the order the .rels part lists them, in it and in the part it belongs to.
 * Parts already deflated were renumbered before they were.
 */
export function normaliseRelationships(parts: Map<string, Part>): void {
  for (const [relsName, relsPart] of parts) {
    if (!relsName.endsWith('.rels')) continue;
    let rels = text(relsPart);
    if (rels === undefined) continue;
    const ids = [...rels.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1] as string);
    const random = ids.filter((id) => !/^rId\d+$/.test(id));
    if (random.length === 0) continue;
    const ownerName = relsName.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');
    const ownerPart = ownerName === relsName ? undefined : parts.get(ownerName);
    let owner = ownerPart === undefined ? undefined : text(ownerPart);
    let next = Math.max(0, ...ids.map((id) => (/^rId\d+$/.test(id) ? Number(id.slice(3)) : 0))) + 1;
    for (const id of random) {
      const fresh = `rId${next++}`;
      rels = rels.replaceAll(`Id="${id}"`, `Id="${fresh}"`);
      owner = owner?.replaceAll(`"${id}"`, `"${fresh}"`);
    }
    parts.set(relsName, rels);
    if (owner !== undefined) parts.set(ownerName, owner);
  }
}

function text(part: Part): string | undefined {
  if (typeof part === 'string') return part;
  return part instanceof Uint8Array ? strFromU8(part) : undefined;
}
