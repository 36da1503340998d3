// Note: JavaScript's \b knows only ASCII letters, so "\bà" or "sarà\b" never
// match; these patterns are written with \b and compiled with a boundary that knows every letter.
// A \b that opens a word (at the start, after "(", "|" or "(?:") only looks
// back; one that closes a word only looks ahead.
const OPENING = String.raw`(?<![\p{L}\p{N}])`;
const CLOSING = String.raw`(?![\p{L}\p{N}])`;

/** A regular expression from `source`, where \b is a word boundary for letters of every script. */
export function re(source: string, flags: string): RegExp {
  const compiled = source.replace(/\\b/g, (_match, offset: number) =>
    offset === 0 || /(?:\(|\||\(\?:|\(\?<?[=!])$/.test(source.slice(0, offset)) ? OPENING : CLOSING,
  );
  return new RegExp(compiled, flags);
}
