import type { Scalar } from '../../values/value.js';

/**
 * The JSON half of spath(<value>,<path>) (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/TextFunctions):
 * a path is steps separated by periods, each a key with optional `{}` (every array element)
 * or `{n}` (element n, counted from 0 for JSON [INF]). Objects and arrays come back as JSON
 * text, booleans and JSON null as "true", "false", "null" [INF]. Text that is not JSON (XML
 * included: splice does not read XML here) gives null.
 */
export function jsonPath(text: string, path: string): Scalar[] | null {
  const root = parseJson(text);
  const steps = parsePath(path);
  if (root === undefined || steps === null) return null;
  let nodes: unknown[] = [root];
  for (const step of steps) {
    nodes = nodes.flatMap((node) => applyStep(node, step));
    if (nodes.length === 0) return null;
  }
  return nodes.map(leaf);
}

interface Step {
  readonly key: string;
  /** null = every element (`{}`); a number = that element. */
  readonly indexes: readonly (number | null)[];
}

const STEP = /^([^{}]*)((?:\{\d*\})*)$/;

function parsePath(path: string): Step[] | null {
  if (path === '') return null;
  const steps: Step[] = [];
  for (const part of path.split('.')) {
    const m = STEP.exec(part);
    if (m === null) return null;
    const indexes = [...(m[2] ?? '').matchAll(/\{(\d*)\}/g)].map((b) => (b[1] === '' ? null : Number(b[1])));
    steps.push({ key: m[1] ?? '', indexes });
  }
  return steps;
}

function applyStep(node: unknown, step: Step): unknown[] {
  let nodes: unknown[] = [node];
  if (step.key !== '') {
    nodes = nodes.flatMap((n) => (isObject(n) && Object.hasOwn(n, step.key) ? [n[step.key]] : []));
  }
  for (const index of step.indexes) {
    nodes = nodes.flatMap((n) => {
      if (!Array.isArray(n)) return [];
      if (index === null) return n as unknown[];
      return index < n.length ? [n[index] as unknown] : [];
    });
  }
  return nodes;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function leaf(value: unknown): Scalar {
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (value === null || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

let lastText: string | undefined;
let lastParsed: unknown;

/** The parsed document, or undefined if `text` is not JSON; the last parse is kept for repeated paths. */
function parseJson(text: string): unknown {
  if (text === lastText) return lastParsed;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    parsed = undefined;
  }
  lastText = text;
  lastParsed = parsed;
  return parsed;
}
