/** What each character that could end or confuse a script element becomes inside JSON text. */
const replacements: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/**
 * Makes JSON text safe inside an HTML `<script>` element: `<`, `>`, `&`, U+2028
 * and U+2029 become `\u` escapes, which JSON.parse reads back as the same characters.
 */
export function escapeJsonForHtml(json: string): string {
  // Note: outside strings, JSON text holds none of these characters, so replacing them everywhere only touches string contents.
  return json.replace(/[<>&\u2028\u2029]/gu, (character) => replacements[character] ?? character);
}
