import { escapeHtml } from './text.js';

/** Attribute values in the order written; an undefined value leaves the attribute out. */
export type XmlAttributes = ReadonlyArray<readonly [string, string | number | undefined]>;

/**
 * `<name attributes>text</name>`, or `<name attributes/>` without text. Markup
 * characters are escaped, and line ends and tabs are written as character
 * references, so every element is one line and a parser gives back exactly `text`.
 */
export function xmlElement(name: string, attributes: XmlAttributes, text?: string): string {
  const written = attributes
    .filter((attribute): attribute is readonly [string, string | number] => attribute[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');
  return text === undefined ? `<${name}${written}/>` : `<${name}${written}>${escapeXml(text)}</${name}>`;
}

/** `<name attributes>`, the children indented by two spaces, one a line, then `</name>`. */
export function xmlParent(name: string, attributes: XmlAttributes, children: readonly string[]): string {
  const open = xmlElement(name, attributes).slice(0, -2);
  const inner = children.flatMap((child) => child.split('\n')).map((line) => `  ${line}`);
  return [`${open}>`, ...inner, `</${name}>`].join('\n');
}

function escapeXml(text: string): string {
  return escapeHtml(text).replace(/[\n\r\t]/g, (character) => `&#${character.charCodeAt(0)};`);
}
