import { strFromU8, strToU8, type Unzipped, type ZipOptions, zipSync } from 'fflate';

// Note: [Content_Types].xml first and the package relationships next, as Word writes
// them; some readers sniff the first entry. Everything else follows in name order.
const leadingParts = ['[Content_Types].xml', '_rels/.rels'];

/**
 * Zips the parts docx produced so that the same document gives the same bytes:
 * our own docProps/core.xml in place of docx's (which holds the clock), random
 * relationship ids renumbered, parts in a fixed order, every entry stamped with one fixed time.
 */
export function normalisePackage(parts: Unzipped, coreXml: string): Uint8Array {
  parts['docProps/core.xml'] = strToU8(coreXml);
  renumberRelationships(parts);
  // Note: a zip entry's time is a local-time DOS stamp and fflate reads the Date's
  // local fields, so a Date built from local fields, when it is used, gives the same
  // bytes in every time zone. 1980-01-01 00:00 is the earliest time a zip entry holds.
  const options: ZipOptions = { level: 6, mtime: new Date(1980, 0, 1, 0, 0, 0) };
  const names = Object.keys(parts).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return zipSync(Object.fromEntries(names.map((name) => [name, [parts[name] as Uint8Array, options]])));
}

function rank(name: string): number {
  const index = leadingParts.indexOf(name);
  return index === -1 ? leadingParts.length : index;
}

/**
 * docx names the relationship of each hyperlink (and a few other parts) with a
 * random nanoid. Renames every id that is not already `rIdN` to the next free
 * `rIdN`, in the order the .rels part lists them, in it and in the part it belongs to.
 */
function renumberRelationships(parts: Unzipped): void {
  for (const relsName of Object.keys(parts).filter((name) => name.endsWith('.rels'))) {
    let rels = strFromU8(parts[relsName] as Uint8Array);
    const ids = [...rels.matchAll(/\bId="([^"]+)"/g)].map((match) => match[1] as string);
    const random = ids.filter((id) => !/^rId\d+$/.test(id));
    if (random.length === 0) continue;
    const ownerName = relsName.replace(/(^|\/)_rels\/([^/]+)\.rels$/, '$1$2');
    let owner = ownerName !== relsName && parts[ownerName] ? strFromU8(parts[ownerName]) : undefined;
    let next = Math.max(0, ...ids.map((id) => (/^rId\d+$/.test(id) ? Number(id.slice(3)) : 0))) + 1;
    for (const id of random) {
      const fresh = `rId${next++}`;
      rels = rels.replaceAll(`Id="${id}"`, `Id="${fresh}"`);
      owner = owner?.replaceAll(`"${id}"`, `"${fresh}"`);
    }
    parts[relsName] = strToU8(rels);
    if (owner !== undefined) parts[ownerName] = strToU8(owner);
  }
}
