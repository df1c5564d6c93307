import { expect } from 'vitest';
import { parse } from '../../src/api/compile.js';
import type { BinaryOp, UnaryOp } from '../../src/ast/eval.js';
import type { Command, CommandOption, CompareOp, EvalExpr, Pipeline, SearchExpr, SearchValue, StatsFunction, Subsearch, Word } from '../../src/ast/nodes.js';
import type { Span } from '../../src/diagnostics/span.js';
import { formatCommand, formatPipeline } from '../../src/fmt/format.js';

/** Hand-built trees have no source text: every span is this dummy. */
export const S: Span = { start: 0, end: 0 };

export const w = (text: string): Word => ({ text, span: S });
export const v = (text: string): SearchValue => ({ text, quoted: false, span: S });
export const q = (text: string): SearchValue => ({ text, quoted: true, span: S });
export const opt = (name: string, value: SearchValue | string): CommandOption => ({ name: w(name), value: typeof value === 'string' ? v(value) : value, span: S });

/** Search-language nodes. */
export const s = {
  and: (...items: SearchExpr[]): SearchExpr => ({ kind: 'and', items, span: S }),
  or: (...items: SearchExpr[]): SearchExpr => ({ kind: 'or', items, span: S }),
  not: (expr: SearchExpr): SearchExpr => ({ kind: 'not', expr, span: S }),
  cmp: (field: string, op: CompareOp, value: SearchValue | string): SearchExpr => ({ kind: 'compare', field: w(field), op, value: typeof value === 'string' ? v(value) : value, span: S }),
  in: (field: string, ...values: SearchValue[]): SearchExpr => ({ kind: 'in', field: w(field), values, span: S }),
  term: (value: SearchValue | string): SearchExpr => ({ kind: 'term', value: typeof value === 'string' ? v(value) : value, span: S }),
  sub: (...commands: Command[]): SearchExpr => ({ kind: 'subsearch-term', subsearch: subsearch(...commands), span: S }),
};

/** Eval-language nodes. */
export const e = {
  num: (text: string): EvalExpr => ({ kind: 'number', text, span: S }),
  str: (value: string): EvalExpr => ({ kind: 'string', value, span: S }),
  field: (name: string, quoted = false): EvalExpr => ({ kind: 'field', name, quoted, span: S }),
  tpl: (name: string): EvalExpr => ({ kind: 'template', name, span: S }),
  call: (fn: string, ...args: EvalExpr[]): EvalExpr => ({ kind: 'call', fn: w(fn), args, span: S }),
  un: (op: UnaryOp, operand: EvalExpr): EvalExpr => ({ kind: 'unary', op, operand, span: S }),
  bin: (op: BinaryOp, left: EvalExpr, right: EvalExpr): EvalExpr => ({ kind: 'binary', op, left, right, span: S }),
  in: (expr: EvalExpr, ...values: EvalExpr[]): EvalExpr => ({ kind: 'in', expr, values, span: S }),
  group: (expr: EvalExpr): EvalExpr => ({ kind: 'group', expr, span: S }),
};

/** `fn(field, …) [as name]`; a string argument is a field, an EvalExpr an `eval(…)`. */
export function fn(name: string, args: readonly (string | EvalExpr)[] = [], as?: string): StatsFunction {
  return {
    fn: w(name),
    args: args.map((a) => (typeof a === 'string' ? { kind: 'field', field: w(a) } : { kind: 'eval', expr: a, span: S })),
    ...(as === undefined ? {} : { as: w(as) }),
    span: S,
  };
}

type WithoutSpan<T> = T extends unknown ? Omit<T, 'span'> : never;

/** A command node from its fields, with the dummy span. */
export function cmd(c: WithoutSpan<Command>): Command {
  return { ...c, span: S } as Command;
}

export function pipeline(...commands: Command[]): Pipeline {
  return { kind: 'pipeline', commands, span: S };
}

export function subsearch(...commands: Command[]): Subsearch {
  return { kind: 'subsearch', pipeline: pipeline(...commands), span: S };
}

export const search = (expr?: SearchExpr): Command => cmd({ kind: 'search', ...(expr ? { expr } : {}) });

/** A command printed on its own. */
export function fmt(c: WithoutSpan<Command>): string {
  return formatCommand(cmd(c));
}

/** A deep copy without `span` keys: the round trip keeps structure, not positions. */
export function withoutSpans(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutSpans);
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'span').map(([k, x]) => [k, withoutSpans(x)]));
}

/**
 * Parses `spl`, prints it, and checks that the printed text parses to the same
 * tree (spans aside) and prints the same again. Returns the printed text.
 */
export function roundTrip(spl: string): string {
  const original = parse(spl).pipeline;
  const printed = formatPipeline(original);
  const reparsed = parse(printed).pipeline;
  expect(withoutSpans(reparsed), printed).toEqual(withoutSpans(original));
  expect(formatPipeline(reparsed)).toBe(printed);
  return printed;
}
