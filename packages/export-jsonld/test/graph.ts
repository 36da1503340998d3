import type { JsonLdDocument, JsonLdNode } from '../src/index.js';

/** The graph's only node of `type`; fails the test when there is none or more than one. */
export function nodeOfType(document: JsonLdDocument, type: string): JsonLdNode {
  const nodes = document['@graph'].filter((node) => node['@type'] === type);
  if (nodes.length !== 1) throw new Error(`expected one ${type} node, found ${nodes.length}`);
  return nodes[0] as JsonLdNode;
}

/** The NewsArticle node of `document`. */
export function articleNode(document: JsonLdDocument): JsonLdNode {
  return nodeOfType(document, 'NewsArticle');
}
