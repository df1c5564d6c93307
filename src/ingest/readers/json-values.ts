import type { InputValue } from '../record.js';

/**
 * A JSON number kept as the text it had in the file ("1.0", "1e3", a 64-bit id),
 * for runtimes whose JSON.parse reviver exposes the source text.
 */
class NumberText {
  constructor(readonly text: string) {}
}

type Reviver = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown;

const keepNumberText: Reviver = (_key, value, context) =>
  typeof value === 'number' && context?.source !== undefined ? new NumberText(context.source) : value;

/** JSON.parse source-text access (Node 21+); on Node 20 numbers fall back to String(n). */
const SOURCE_TEXT_SUPPORTED: boolean = (() => {
  let seen = false;
  JSON.parse('1.0', ((_k: string, v: unknown, c?: { source?: string }) => {
    seen = c?.source === '1.0';
    return v;
  }) as Reviver);
  return seen;
})();

/** JSON.parse that keeps number texts where the runtime allows it. */
export function parseJson(text: string): unknown {
  return SOURCE_TEXT_SUPPORTED ? JSON.parse(text, keepNumberText as (k: string, v: unknown) => unknown) : JSON.parse(text);
}

export function isJsonObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof NumberText);
}

/** Text of a scalar; undefined for null and '' (absent, by the record contract). */
function scalarText(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return v === '' ? undefined : v;
    case 'number':
      return String(v);
    case 'boolean':
      return v ? 'true' : 'false';
    default:
      if (v instanceof NumberText) return v.text;
      return undefined;
  }
}

/** Undoes the NumberText wrapping so JSON.stringify writes plain numbers again. */
function plain(v: unknown): unknown {
  if (v instanceof NumberText) return Number(v.text);
  if (Array.isArray(v)) return v.map(plain);
  if (isJsonObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, plain(x)]));
  return v;
}

function arrayValue(items: readonly unknown[]): string[] | undefined {
  const out: string[] = [];
  for (const item of items) {
    // Nested structures inside arrays have no flat name; keep them as JSON text.
    const text = Array.isArray(item) || isJsonObject(item) ? JSON.stringify(plain(item)) : scalarText(item);
    if (text !== undefined) out.push(text);
  }
  return out.length > 0 ? out : undefined;
}

/** Flattens a JSON object into dotted keys (`a.b`), arrays of scalars becoming multivalues. */
export function flattenObject(obj: Record<string, unknown>, into = new Map<string, InputValue>(), prefix = ''): Map<string, InputValue> {
  for (const key in obj) {
    const v = obj[key];
    const name = prefix === '' ? key : `${prefix}.${key}`;
    if (Array.isArray(v)) {
      const arr = arrayValue(v);
      if (arr !== undefined) into.set(name, arr);
    } else if (isJsonObject(v)) {
      flattenObject(v, into, name);
    } else {
      const text = scalarText(v);
      if (text !== undefined) into.set(name, text);
    }
  }
  return into;
}

/** V8 names a byte offset in some JSON.parse messages ("… at position 5"); 0-based, or undefined. */
export function jsonErrorPosition(err: unknown): number | undefined {
  const m = err instanceof Error ? /at position (\d+)/.exec(err.message) : null;
  return m ? Number(m[1]) : undefined;
}

export function jsonErrorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
