import { expect } from 'vitest';
import type { Command, EvalExpr } from '../../src/ast/nodes.js';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { parsePipeline } from '../../src/parser/parse.js';
import type { EvalPort } from '../../src/runtime/eval-port.js';
import { isNumericText } from '../../src/values/match.js';
import { scalarText, valuesOf, type FieldValue, type Row, type Scalar, type Table } from '../../src/values/value.js';

/** The one command of `| <spl>`, checked to be of the expected kind. */
export function command<K extends Command['kind']>(spl: string, kind: K): Extract<Command, { kind: K }> {
  const [c] = parsePipeline(`| ${spl}`).commands;
  if (c?.kind !== kind) throw new Error(`expected ${kind}, parsed ${c?.kind}: ${spl}`);
  return c as Extract<Command, { kind: K }>;
}

export type Plain = Record<string, FieldValue>;

/** A table from plain objects; `fields` defaults to every key in first-seen order. */
export function table(rows: readonly Plain[], fields?: readonly string[]): Table {
  const names = fields ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return { fields: names, rows: rows.map((r) => new Map(Object.entries(r))) };
}

/** A table as plain data, to compare with toEqual (row key order is not compared). */
export function plain(t: Table): { fields: readonly string[]; rows: Plain[] } {
  return { fields: t.fields, rows: t.rows.map((r) => Object.fromEntries(r)) };
}

/** The diagnostic a call throws, as `code: message`. */
export function refusal(run: () => unknown): string {
  try {
    run();
  } catch (e) {
    if (e instanceof SpliceError) return `${e.diagnostic.code}: ${e.diagnostic.message}`;
    throw e;
  }
  throw new Error('expected a SpliceError');
}

export function expectRefused(run: () => unknown, message: string): void {
  expect(refusal(run)).toBe(message);
}

/**
 * A stand-in for the eval interpreter: field references, numbers, strings,
 * parentheses, `.` concatenation and the comparisons `=` and `>`; anything
 * else throws, so a test cannot silently depend on more.
 */
export const fakePort: EvalPort = {
  value: (expr, row) => evaluate(expr, row),
  truth: (expr, row) => evaluate(expr, row) === 1,
};

function evaluate(expr: EvalExpr, row: Row): FieldValue | undefined {
  switch (expr.kind) {
    case 'number':
      return Number(expr.text);
    case 'string':
      return expr.value;
    case 'field':
      return row.get(expr.name);
    case 'group':
      return evaluate(expr.expr, row);
    case 'binary': {
      const left = first(evaluate(expr.left, row));
      const right = first(evaluate(expr.right, row));
      if (left === undefined || right === undefined) return undefined;
      if (expr.op === '.') return scalarText(left) + scalarText(right);
      if (expr.op === '=') return scalarText(left) === scalarText(right) ? 1 : 0;
      if (expr.op === '>') return greater(left, right) ? 1 : 0;
      throw new Error(`fake port: operator ${expr.op}`);
    }
    default:
      throw new Error(`fake port: ${expr.kind}`);
  }
}

function first(v: FieldValue | undefined): Scalar | undefined {
  return valuesOf(v)[0];
}

function greater(a: Scalar, b: Scalar): boolean {
  const [as, bs] = [scalarText(a), scalarText(b)];
  return isNumericText(as) && isNumericText(bs) ? Number(as) > Number(bs) : as > bs;
}
