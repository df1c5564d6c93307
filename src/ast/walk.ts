import type { Command, Pipeline } from './nodes.js';

/**
 * Visits every command of a pipeline and of every pipeline nested in it
 * (subsearches in arguments, search expressions and foreach bodies), by
 * walking the node graph, so a new node type with a subsearch is covered
 * without changes here.
 */
export function forEachCommand(pipeline: Pipeline, visit: (command: Command) => void): void {
  const seen = new Set<object>();
  const walk = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const child of node) walk(child);
      return;
    }
    const record = node as { readonly kind?: unknown; readonly commands?: readonly Command[] };
    if (record.kind === 'pipeline' && record.commands) {
      for (const command of record.commands) {
        visit(command);
        walk(command);
      }
      return;
    }
    for (const value of Object.values(node)) walk(value);
  };
  walk(pipeline);
}
