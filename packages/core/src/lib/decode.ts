import iconv from 'iconv-lite';

/** The encodings Broadsheet reads. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** Text decoded from an input file, with how it was read. */
export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** Lines that were not valid UTF-8 in an otherwise UTF-8 file, read as Windows-1252 (1-based). */
  legacyLines: number[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes an input file: a BOM decides UTF-8 or UTF-16; otherwise UTF-8 when
 * the bytes are valid UTF-8, Windows-1252 when they hold no UTF-8 at all, and
 * line by line when a UTF-8 file has some Windows-1252 lines pasted in. A UTF-8
 * sequence cut off at the very end of the file is dropped.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: decodeUtf16(bytes.subarray(2), 'le'), encoding: 'utf-16le', legacyLines: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: decodeUtf16(bytes.subarray(2), 'be'), encoding: 'utf-16be', legacyLines: [] };
  const unmarked = guessUtf16(bytes);
  if (unmarked)
    return {
      text: decodeUtf16(bytes, unmarked),
      encoding: unmarked === 'le' ? 'utf-16le' : 'utf-16be',
      legacyLines: [],
    };
  return decodeUtf8(bytes);
}

function decodeUtf8(bytes: Uint8Array): DecodedText {
  const whole = tryUtf8(bytes) ?? tryUtf8(bytes.subarray(0, bytes.length - truncatedTail(bytes)));
  if (whole !== undefined) return { text: whole, encoding: 'utf-8', legacyLines: [] };
  if (!hasUtf8Sequence(bytes))
    return { text: iconv.decode(Buffer.from(bytes), 'win1252'), encoding: 'windows-1252', legacyLines: [] };
  return decodeMixed(bytes);
}

/** Decodes line by line: valid UTF-8 lines as UTF-8, the rest as Windows-1252. */
function decodeMixed(bytes: Uint8Array): DecodedText {
  const parts: string[] = [];
  const legacyLines: number[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end === -1) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    const text = tryUtf8(chunk);
    if (text === undefined) legacyLines.push(line);
    parts.push(text ?? iconv.decode(Buffer.from(chunk), 'win1252'));
    start = end + 1;
    line++;
  }
  return { text: parts.join('\n'), encoding: 'utf-8', legacyLines };
}

function tryUtf8(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

/** How many bytes at the end start a UTF-8 sequence that the file cuts off (0 to 3). */
function truncatedTail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] as number;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return needed > back ? back : 0;
    }
  }
  return 0;
}

/** The bytes hold at least one well-formed multi-byte UTF-8 sequence. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; i++) {
    const lead = bytes[i] as number;
    if (lead < 0xc2 || lead > 0xf4) continue;
    const needed = lead >= 0xf0 ? 3 : lead >= 0xe0 ? 2 : 1;
    let ok = i + needed < bytes.length;
    for (let k = 1; ok && k <= needed; k++) ok = ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) return true;
  }
  return false;
}

function decodeUtf16(bytes: Uint8Array, order: 'le' | 'be'): string {
  const even = bytes.length - (bytes.length % 2);
  const body = Buffer.from(bytes.subarray(0, even));
  if (order === 'be') body.swap16();
  // Note: a lone surrogate (a file cut in the middle of a pair) becomes U+FFFD, which XML can hold.
  return body
    .toString('utf16le')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** UTF-16 without a BOM: most of one byte column is zero in ASCII-heavy text. */
function guessUtf16(bytes: Uint8Array): 'le' | 'be' | undefined {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (sample < 8) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = sample / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'be';
  return undefined;
}
