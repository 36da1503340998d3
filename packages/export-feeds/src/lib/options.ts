import type { CollectionContext } from '@broadsheet/core';

/** What the feed renderers need besides the entries; a `CollectionContext` is one. */
export type FeedOptions = Pick<CollectionContext, 'config'> &
  Partial<Pick<CollectionContext, 'fallbackDate' | 'warn' | 'tag'>>;
