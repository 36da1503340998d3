import { type Article, escapeXml, type Outline, parseDate, toW3cUtc } from '@broadsheet/core';

/**
 * docProps/core.xml, written here rather than by docx: docx stamps the clock into
 * dcterms:created/modified and has no dc:language. Dates come from the article,
 * else from `fallbackDate`, so the same input gives the same part.
 */
export function coreProperties(article: Article, outline: Outline, fallbackDate: string): string {
  const created = toW3cUtc(parseDate(article.datePublished ?? fallbackDate));
  const modified = article.dateModified ? toW3cUtc(parseDate(article.dateModified, 'dateModified')) : created;
  const elements = [
    element('dc:title', outline.properties.title),
    optional('dc:subject', outline.properties.subject),
    optional('dc:creator', article.authors.map((author) => author.name).join('; ')),
    optional('cp:keywords', outline.properties.keywords.join(', ')),
    optional('dc:description', outline.properties.description),
    element('dc:language', article.language),
    element('cp:lastModifiedBy', 'Broadsheet'),
    element('cp:revision', '1'),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified>`,
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"' +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `${elements.join('')}</cp:coreProperties>`
  );
}

function element(name: string, text: string): string {
  return `<${name}>${escapeXml(text)}</${name}>`;
}

function optional(name: string, text: string | undefined): string {
  return text ? element(name, text) : '';
}
