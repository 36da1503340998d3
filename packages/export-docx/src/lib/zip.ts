import { deflateSync, strToU8 } from 'fflate';

/** A zip entry's data, deflated, with what the zip headers record about it. */
export interface PackedPart {
  readonly crc: number;
  /** Length before deflating. */
  readonly size: number;
  readonly deflated: Uint8Array;
}

/** A part of a package: XML still to be deflated, or a part deflated already. */
export type Part = string | Uint8Array | PackedPart;

/** The part deflated, unless it is already. */
export function packed(part: Part): PackedPart {
  if (typeof part === 'string') return packPart(strToU8(part));
  return part instanceof Uint8Array ? packPart(part) : part;
}

/**
 * Deflates a part once, so that a part every document holds is compressed once
 * and its bytes copied into each package.
 */
export function packPart(data: Uint8Array): PackedPart {
  return { crc: crc32(data), size: data.length, deflated: deflateSync(data, { level: 6 }) };
}

// Note: 1980-01-01 00:00 as an MS-DOS date and time (the earliest a zip entry can hold),
// so the bytes depend on no clock and no time zone.
const DOS_TIME_1980 = (1 << 21) | (1 << 16);
const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;

/**
 * A zip archive of `entries`, in the given order: the same bytes as fflate's
 * `zipSync` at level 6 with every entry stamped 1980-01-01 00:00, but it takes
 * parts that are already deflated.
 */
export function zipPacked(entries: readonly (readonly [string, PackedPart])[]): Uint8Array {
  const encoder = new TextEncoder();
  const names = entries.map(([name]) => encoder.encode(name));
  const dataLength = entries.reduce(
    (sum, [, part], i) => sum + LOCAL_HEADER + (names[i]?.length ?? 0) + part.deflated.length,
    0,
  );
  const directoryLength = names.reduce((sum, name) => sum + CENTRAL_HEADER + name.length, 0);
  const zip = new Uint8Array(dataLength + directoryLength + END_RECORD);
  const view = new DataView(zip.buffer);
  const offsets: number[] = [];
  let at = 0;
  entries.forEach(([, part], i) => {
    const name = names[i] as Uint8Array;
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    writeCommonHeader(view, at + 4, part, name.length);
    zip.set(name, at + LOCAL_HEADER);
    zip.set(part.deflated, at + LOCAL_HEADER + name.length);
    at += LOCAL_HEADER + name.length + part.deflated.length;
  });
  entries.forEach(([, part], i) => {
    const name = names[i] as Uint8Array;
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: version 2.0, MS-DOS
    writeCommonHeader(view, at + 6, part, name.length);
    view.setUint32(at + 42, offsets[i] as number, true);
    zip.set(name, at + CENTRAL_HEADER);
    at += CENTRAL_HEADER + name.length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, directoryLength, true);
  view.setUint32(at + 16, dataLength, true);
  return zip;
}

/** The fields local and central headers share, from "version needed" to the extra field's length. */
function writeCommonHeader(view: DataView, at: number, part: PackedPart, nameLength: number): void {
  view.setUint16(at, 20, true); // version needed: 2.0
  view.setUint16(at + 2, 0, true); // flags
  view.setUint16(at + 4, 8, true); // deflate
  view.setUint32(at + 6, DOS_TIME_1980, true);
  view.setUint32(at + 10, part.crc, true);
  view.setUint32(at + 14, part.deflated.length, true);
  view.setUint32(at + 18, part.size, true);
  view.setUint16(at + 22, nameLength, true);
  view.setUint16(at + 24, 0, true); // extra field length
}

const crcTable = Uint32Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});

/** The CRC-32 of `data`, as zip records it. */
export function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = (crcTable[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
