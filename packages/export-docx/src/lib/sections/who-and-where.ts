import type { Article, Entity, EntityType } from '@broadsheet/core';
import type { FileChild } from 'docx';
import { bullet, heading, type Inline, type Layout, subheading } from '../text.js';

const groups: ReadonlyArray<{ type: EntityType; title: string }> = [
  { type: 'person', title: 'People' },
  { type: 'organization', title: 'Organisations' },
  { type: 'place', title: 'Places' },
];

/** "Who and where": people, organisations and places under Heading 2, each name in bold with its roles. */
export function whoAndWhere(article: Article, layout: Layout): FileChild[] {
  if (article.entities.length === 0) return [];
  const lists = groups.flatMap(({ type, title }) => {
    const entities = article.entities.filter((entity) => entity.type === type);
    if (entities.length === 0) return [];
    return [subheading(title, layout), ...entities.map((entity) => bullet(entityLine(entity), layout))];
  });
  return [heading('Who and where', layout), ...lists];
}

function entityLine(entity: Entity): Inline[] {
  const name: Inline = { text: entity.name, style: 'Strong' };
  return entity.roles.length > 0 ? [name, ` — ${entity.roles.join(', ')}`] : [name];
}
