const OPEN = '<lastBuildDate>';
const CLOSE = '</lastBuildDate>';

/**
 * Replaces the `lastBuildDate` rss 1.2.2 stamps from the clock with `date`, or
 * removes the element when `date` is undefined. Only the channel's own element
 * is touched: CDATA sections are skipped, so text that spells the tag cannot be hit.
 */
export function setLastBuildDate(xml: string, date: string | undefined): string {
  const start = findElement(xml);
  const end = xml.indexOf(CLOSE, start) + CLOSE.length;
  if (date !== undefined) return `${xml.slice(0, start)}${OPEN}${date}${CLOSE}${xml.slice(end)}`;
  const lineStart = xml.lastIndexOf('\n', start);
  return xml.slice(0, lineStart) + xml.slice(end);
}

function findElement(xml: string): number {
  let at = xml.indexOf('<');
  while (at !== -1) {
    if (xml.startsWith('<![CDATA[', at)) {
      at = xml.indexOf(']]>', at);
      if (at === -1) break;
    } else if (xml.startsWith(OPEN, at)) {
      return at;
    }
    at = xml.indexOf('<', at + 1);
  }
  throw new Error('rss wrote no lastBuildDate element: the rss package is not the expected 1.2.2');
}
