import type { Entity, EntityType } from '@broadsheet/core';
import { normalizeSpace } from './text.js';
import type { JsonLdNode } from './types.js';

/** The schema.org type of each kind of entity. */
const schemaTypes: Record<EntityType, string> = {
  person: 'Person',
  place: 'Place',
  organization: 'Organization',
};

/** The article's entities split into what it is `about` and what it only `mentions`. */
export interface EntityNodes {
  about: JsonLdNode[];
  mentions: JsonLdNode[];
}

/**
 * Puts the most named entity in `about`, and the runner-up too when the body
 * names it at least twice; every other entity goes to `mentions`, most named first.
 */
export function entityNodes(entities: readonly Entity[]): EntityNodes {
  const ranked = uniqueEntities(entities).sort(byProminence);
  const [first, second] = ranked;
  const aboutCount = first === undefined ? 0 : second !== undefined && second.count >= 2 ? 2 : 1;
  return {
    about: ranked.slice(0, aboutCount).map(entityNode),
    mentions: ranked.slice(aboutCount).map(entityNode),
  };
}

/** A Person, Place or Organization node with the entity's name. */
export function entityNode(entity: Entity): JsonLdNode {
  return { '@type': schemaTypes[entity.type], name: normalizeSpace(entity.name) };
}

function uniqueEntities(entities: readonly Entity[]): Entity[] {
  const seen = new Set<string>();
  return entities.filter((entity) => {
    const key = `${entity.type}\u0000${normalizeSpace(entity.name)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** More mentions first; then the one the body names first; then by name, so the order never depends on input order alone. */
function byProminence(a: Entity, b: Entity): number {
  return (
    b.count - a.count ||
    firstPosition(a)[0] - firstPosition(b)[0] ||
    firstPosition(a)[1] - firstPosition(b)[1] ||
    compareText(a.name, b.name)
  );
}

function firstPosition(entity: Entity): [number, number] {
  let best: [number, number] = [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
  for (const mention of entity.mentions) {
    if (mention.paragraph < best[0] || (mention.paragraph === best[0] && mention.start < best[1])) {
      best = [mention.paragraph, mention.start];
    }
  }
  return best;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
