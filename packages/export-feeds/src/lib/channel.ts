import type { FeedTag, SiteConfig } from '@broadsheet/core';
import { type FeedPerson, siteUrl } from './item.js';
import type { TextCleaner } from './text.js';

/** What every feed says about itself, RSS, Atom and JSON Feed alike. */
export interface FeedChannel {
  /** Plain text; a tag feed's names its tag. */
  title: string;
  description: string;
  /** The site's home page. */
  home: string;
  /** Where this feed file is published. */
  self: string;
  language: string;
  image?: string;
  /** Who publishes the site: Atom's feed author, JSON Feed's. */
  publisher: FeedPerson;
}

/** The file's path inside the output folder: `fileName`, or `tags/SLUG/fileName` for a tag's feed. */
export function feedPath(fileName: string, tag: FeedTag | undefined): string {
  return tag === undefined ? fileName : `tags/${tag.slug}/${fileName}`;
}

/** The channel of the feed written as `fileName` (for `tag`, when given); text goes through `clean`. */
export function feedChannel(
  config: SiteConfig,
  fileName: string,
  clean: TextCleaner,
  tag?: FeedTag | undefined,
): FeedChannel {
  const title = clean(config.feed.title);
  return {
    title: tag === undefined ? title : `${title}: ${clean(tag.name)}`,
    description: clean(config.feed.description),
    home: new URL(config.site.url).href,
    self: siteUrl(feedPath(fileName, tag), config),
    language: clean(config.site.language),
    ...(config.feed.image === undefined ? {} : { image: new URL(config.feed.image).href }),
    publisher: { name: clean(config.publisher.name), url: new URL(config.publisher.url).href },
  };
}
