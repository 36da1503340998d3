/**
 * A small XML 1.0 well-formedness check, fast enough to run on every case of a
 * property test: legal characters, balanced tags, quoted attributes, known
 * entities, closed comments, CDATA and processing instructions. xmllint stays
 * the judge on a sample; this catches the same faults in the rest.
 */

const NOT_XML_CHAR =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRIBUTES = `(?:\\s+${NAME}\\s*=\\s*(?:"[^<"]*"|'[^<']*'))*`;
const TOKEN = new RegExp(
  `<!--([\\s\\S]*?)-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<\\?${NAME}[\\s\\S]*?\\?>|<(${NAME})(${ATTRIBUTES})\\s*(/?)>|</(${NAME})\\s*>|<!DOCTYPE[^>]*>|([^<]+)|(<)`,
  'gy',
);
const REFERENCE = /&(?:(?:amp|lt|gt|quot|apos);|#(\d+);|#x([0-9A-Fa-f]+);)/y;

/** The first way `xml` is not well-formed, or undefined when it is. */
export function xmlProblem(xml: string): string | undefined {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) return `character U+${(bad[0].codePointAt(0) ?? 0).toString(16)} at ${bad.index} is not allowed in XML`;
  const open: string[] = [];
  let roots = 0;
  TOKEN.lastIndex = 0;
  for (let at = 0; at < xml.length; at = TOKEN.lastIndex) {
    const match = TOKEN.exec(xml);
    if (!match) return `cannot read markup at ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`;
    const [, comment, start, attributes, selfClosing, end, text, stray] = match;
    if (stray !== undefined) return `a "<" at ${at} starts no markup`;
    if (comment?.includes('--')) return `a comment at ${at} holds "--"`;
    if (start !== undefined) {
      if (open.length === 0 && roots++ > 0) return `a second root element <${start}> at ${at}`;
      const problem = referencesProblem(attributes ?? '', at);
      if (problem) return problem;
      if (selfClosing === '') open.push(start);
    }
    if (end !== undefined && open.pop() !== end) return `</${end}> at ${at} closes nothing open`;
    if (text !== undefined) {
      if (open.length === 0 && text.trim() !== '') return `text outside the root element at ${at}`;
      if (text.includes(']]>')) return `"]]>" in text at ${at}`;
      const problem = referencesProblem(text, at);
      if (problem) return problem;
    }
  }
  if (open.length > 0) return `<${open.at(-1)}> is never closed`;
  return roots === 1 ? undefined : 'no root element';
}

function referencesProblem(text: string, offset: number): string | undefined {
  for (let at = text.indexOf('&'); at !== -1; at = text.indexOf('&', at + 1)) {
    REFERENCE.lastIndex = at;
    const match = REFERENCE.exec(text);
    if (!match) return `a bare "&" at ${offset + at}`;
    const code = match[1] !== undefined ? Number(match[1]) : match[2] !== undefined ? Number.parseInt(match[2], 16) : 9;
    const char = code <= 0x10ffff ? String.fromCodePoint(code) : '\u0000';
    if ((code >= 0xd800 && code <= 0xdfff) || NOT_XML_CHAR.test(char))
      return `a reference to U+${code.toString(16)} at ${offset + at}`;
  }
  return undefined;
}
