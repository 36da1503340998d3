import type { JsonLdDocument, JsonLdNode, JsonLdValue } from './types.js';

/** The property a node of these types cannot go without; every other type needs a `name`. */
const identifyingProperty: Readonly<Record<string, string>> = { ImageObject: 'url' };

/**
 * Removes what would make the graph half-empty: every node without a name (an
 * ImageObject without a url), every `{"@id"}` reference to such a node, and every
 * property left with no value (undefined, blank text, an empty list).
 */
export function pruneGraph(document: JsonLdDocument): JsonLdDocument {
  const dropped = namelessIds(document['@graph']);
  const graph = document['@graph'].map((node) => prune(node, dropped)).filter(isNode);
  return { '@context': document['@context'], '@graph': graph };
}

/** The `@id`s that only nameless nodes carry: references to them must go too. */
function namelessIds(graph: JsonLdNode[]): Set<string> {
  const named = new Set<string>();
  const nameless = new Set<string>();
  visitNodes(graph, (node) => {
    const id = node['@id'];
    if (id !== undefined) (isNamed(node) ? named : nameless).add(id);
  });
  return new Set([...nameless].filter((id) => !named.has(id)));
}

function visitNodes(value: JsonLdValue | undefined, visit: (node: JsonLdNode) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) visitNodes(item, visit);
  } else if (typeof value === 'object') {
    if (isNode(value)) visit(value);
    for (const [key, child] of Object.entries(value)) {
      if (!key.startsWith('@')) visitNodes(child, visit);
    }
  }
}

function isNamed(node: JsonLdNode): boolean {
  const property = identifyingProperty[node['@type']] ?? 'name';
  return hasContent(node[property]);
}

function hasContent(value: JsonLdValue | undefined): boolean {
  if (value === undefined) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasContent);
  return true;
}

function prune(value: JsonLdValue | undefined, dropped: ReadonlySet<string>): JsonLdValue | undefined {
  if (value === undefined || typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value;
  if (Array.isArray(value)) {
    const items = value.map((item) => prune(item, dropped)).filter((item) => item !== undefined);
    return items.length === 0 ? undefined : items;
  }
  if (isNode(value)) return isNamed(value) ? pruneProperties(value, dropped) : undefined;
  return dropped.has(value['@id']) ? undefined : value;
}

function pruneProperties(node: JsonLdNode, dropped: ReadonlySet<string>): JsonLdNode {
  const result: JsonLdNode = { '@type': node['@type'] };
  for (const [key, value] of Object.entries(node)) {
    const kept = key.startsWith('@') ? value : prune(value, dropped);
    if (kept !== undefined) result[key] = kept;
  }
  return result;
}

function isNode(value: JsonLdValue | undefined): value is JsonLdNode {
  return typeof value === 'object' && !Array.isArray(value) && '@type' in value;
}
