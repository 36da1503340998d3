import type { Article, ParsedArticle } from '@broadsheet/core';
import { findEntities } from './entities.js';
import { pickKeyPoints } from './key-points.js';
import { pickKeywords } from './keywords.js';
import { buildTimeline } from './timeline.js';

/**
 * Adds the briefing to a parsed article: key points, entities, timeline and
 * keywords. Pure and deterministic: relative dates resolve against
 * `datePublished`, never the clock.
 */
export function enrichArticle(parsed: ParsedArticle): Article {
  const entities = findEntities(parsed);
  return {
    ...parsed,
    keyPoints: pickKeyPoints(parsed),
    entities,
    timeline: buildTimeline(parsed),
    keywords: pickKeywords(parsed, entities),
  };
}
