import { type Link, escapeXml, xmlSafe } from '@broadsheet/core';
import { absoluteLink } from '@broadsheet/export-feeds';

/** Text as HTML: characters no document should hold removed, markup escaped, so any input stays text. */
export function text(value: string): string {
  return escapeXml(xmlSafe(value));
}

/** An attribute value, escaped for double quotes. */
export function attribute(value: string): string {
  return escapeXml(xmlSafe(value));
}

/**
 * A paragraph's text with its links, made absolute against `base`. A link that is
 * not http(s) or mailto, falls outside the text, or overlaps an earlier one stays plain text.
 */
export function linkedText(value: string, links: readonly Link[] | undefined, base: string): string {
  const sorted = [...(links ?? [])].sort((a, b) => a.start - b.start || a.end - b.end);
  let html = '';
  let at = 0;
  for (const link of sorted) {
    const href = absoluteLink(link.url, base);
    if (href === undefined || link.start < at || link.end <= link.start || link.end > value.length) continue;
    html += text(value.slice(at, link.start));
    html += `<a href="${attribute(href)}">${text(value.slice(link.start, link.end))}</a>`;
    at = link.end;
  }
  return html + text(value.slice(at));
}
