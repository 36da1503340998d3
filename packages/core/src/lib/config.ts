/** Site settings every exporter may use; `--config` overrides the defaults field by field. */
export interface SiteConfig {
  site: {
    title: string;
    /** Absolute base URL, ending in "/": links to articles and files are built on it. */
    url: string;
    description: string;
    language: string;
    /**
     * Whether the site's articles can be read without paying: the JSON-LD's
     * `isAccessibleForFree`. Left out of the JSON-LD when not set.
     */
    isAccessibleForFree?: boolean;
  };
  publisher: {
    name: string;
    url: string;
    logo?: string;
  };
  feed: {
    title: string;
    description: string;
    /** The most items the feed holds. */
    limit: number;
    /** Minutes a reader may cache the feed. */
    ttl: number;
    image?: string;
    /** What an item carries: `full`, the whole text as HTML; `summary`, the standfirst or the key points. */
    content: 'full' | 'summary';
    /** Also write one feed per tag, under `tags/TAG/`. */
    tags: boolean;
  };
  page: {
    size: 'A4' | 'Letter';
  };
  input: {
    /** Inputs larger than this are refused. */
    maxBytes: number;
  };
  labels: {
    /** Forces the language of the words a briefing adds (section titles, dates); the article's own when absent. */
    language?: string;
  };
}

/** A config file's content before defaults are applied: every field optional. */
export type ConfigInput = {
  [K in keyof SiteConfig]?: Partial<SiteConfig[K]>;
};

/** The settings used when no `--config` is given. */
export const defaultConfig: SiteConfig = {
  site: {
    title: 'Broadsheet',
    url: 'https://example.com/',
    description: 'News briefings exported by Broadsheet.',
    language: 'en',
  },
  publisher: {
    name: 'Broadsheet',
    url: 'https://example.com/',
  },
  feed: {
    title: 'Broadsheet',
    description: 'News briefings exported by Broadsheet.',
    limit: 50,
    ttl: 60,
    content: 'full',
    tags: false,
  },
  page: { size: 'A4' },
  input: { maxBytes: 10 * 1024 * 1024 },
  labels: {},
};

/**
 * Applies a validated config file over the defaults. A site given without a
 * feed title lends the feed its title and description, and the publisher its name and URL.
 */
export function resolveConfig(input: ConfigInput = {}): SiteConfig {
  const siteUrl = withTrailingSlash(input.site?.url ?? defaultConfig.site.url);
  const site = { ...defaultConfig.site, ...input.site, url: siteUrl };
  return {
    site,
    publisher: { name: site.title, url: site.url, ...input.publisher },
    feed: { ...defaultConfig.feed, title: site.title, description: site.description, ...input.feed },
    page: { ...defaultConfig.page, ...input.page },
    input: { ...defaultConfig.input, ...input.input },
    labels: { ...defaultConfig.labels, ...input.labels },
  };
}

function withTrailingSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
