import type { SiteConfig } from '@broadsheet/core';

/** What `toJsonLd` and the render functions need besides the article. */
export interface JsonLdOptions {
  config: SiteConfig;
  /** The article's slug: its page is `new URL(slug, config.site.url)` when the article has no `url`. */
  slug: string;
}

/** A link to a node of the same graph (or to any IRI) by its `@id`. */
export interface JsonLdReference {
  '@id': string;
}

/** Any value a JSON-LD property may hold in this package's output. */
export type JsonLdValue = string | number | boolean | JsonLdReference | JsonLdNode | JsonLdValue[];

/** A typed node: a schema.org thing with its properties. */
export interface JsonLdNode {
  '@type': string;
  '@id'?: string;
  [property: string]: JsonLdValue | undefined;
}

/** The document: one schema.org graph. */
export interface JsonLdDocument {
  '@context': 'https://schema.org';
  '@graph': JsonLdNode[];
}
