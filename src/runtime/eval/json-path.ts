import type { Scalar } from '../../values/value.js';
import { nodeValue, parseJson, type JsonNode } from './json-doc.js';

/**
 * The JSON half of spath(<value>,<path>) (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/TextFunctions)
 * and of the spath command's path= (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Spath):
 * a path is steps separated by periods, each a key with optional `{}` (every array element)
 * or `{n}` ("JSON uses zero-based indexing": `desc{3}` is the fourth element). Objects and
 * arrays come back as their JSON text, booleans and JSON null as "true", "false", "null"
 * [INF]. Text that is not JSON (XML included: splice does not read XML here) gives null.
 */
export function jsonPath(text: string, path: string): Scalar[] | null {
  const root = parseJson(text);
  const steps = parsePath(path);
  if (root === undefined || steps === null) return null;
  const found = selectPath(root, steps);
  return found.length === 0 ? null : found.map(nodeValue);
}

export interface PathStep {
  readonly key: string;
  /** null = every element (`{}`); a number = that element. */
  readonly indexes: readonly (number | null)[];
}

const STEP = /^([^{}]*)((?:\{\d*\})*)$/;

/** The steps of a JSON path, or null if it is not one (XML attribute steps `{@a}` included). */
export function parsePath(path: string): PathStep[] | null {
  if (path === '') return null;
  const steps: PathStep[] = [];
  for (const part of path.split('.')) {
    const m = STEP.exec(part);
    if (m === null) return null;
    const indexes = [...(m[2] ?? '').matchAll(/\{(\d*)\}/g)].map((b) => (b[1] === '' ? null : Number(b[1])));
    steps.push({ key: m[1] ?? '', indexes });
  }
  return steps;
}

/** The nodes a path reaches, in document order; a key written twice in an object is read at each place [INF]. */
export function selectPath(root: JsonNode, steps: readonly PathStep[]): JsonNode[] {
  let nodes: JsonNode[] = [root];
  for (const step of steps) nodes = nodes.flatMap((node) => applyStep(node, step));
  return nodes;
}

function applyStep(node: JsonNode, step: PathStep): JsonNode[] {
  let nodes: JsonNode[] = [node];
  if (step.key !== '') {
    nodes = nodes.flatMap((n) => (n.kind === 'object' ? n.entries.filter(([k]) => k === step.key).map(([, v]) => v) : []));
  }
  for (const index of step.indexes) {
    nodes = nodes.flatMap((n) => {
      if (n.kind !== 'array') return [];
      if (index === null) return [...n.items];
      const item = n.items[index];
      return item === undefined ? [] : [item];
    });
  }
  return nodes;
}
