import { expect } from 'vitest';
import type { EvalExpr } from '../../src/ast/eval.js';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { parsePipeline } from '../../src/parser/parse.js';
import { evaluate } from '../../src/runtime/eval/compile.js';
import type { EvalContext, EvalValue } from '../../src/runtime/eval/types.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';
import type { FieldValue, Row } from '../../src/values/value.js';

/** 2023-11-14T22:13:20Z, a Tuesday. */
export const NOW = 1_700_000_000;
export const UTC: EvalContext = { now: NOW, timeZone: resolveTimeZone('UTC') };

const PREFIX = '| eval x=';

/** The expression of `| eval x=<text>`, as the parser builds it. */
export function exprOf(text: string): EvalExpr {
  const [command] = parsePipeline(PREFIX + text).commands;
  if (command?.kind !== 'eval') throw new Error(`not an eval: ${text}`);
  const assignment = command.assignments[0];
  if (assignment === undefined) throw new Error(`no assignment: ${text}`);
  return assignment.expr;
}

export function rowOf(fields: Readonly<Record<string, FieldValue>> = {}): Row {
  return new Map(Object.entries(fields));
}

/** Evaluates `text` on a row built from `fields`. */
export function ev(text: string, fields: Readonly<Record<string, FieldValue>> = {}, ctx: EvalContext = UTC): EvalValue {
  return evaluate(exprOf(text), rowOf(fields), ctx);
}

/** The SpliceError `run` throws, with the slice of `| eval x=<text>` its span covers. */
export function errorOf(text: string, run: (text: string) => unknown = (t) => ev(t)): { code: string; message: string; at: string } {
  try {
    run(text);
  } catch (e) {
    if (!(e instanceof SpliceError)) throw e;
    const { location } = e.diagnostic;
    const at = location.kind === 'source' ? (PREFIX + text).slice(location.span.start, location.span.end) : '';
    return { code: e.diagnostic.code, message: e.diagnostic.message, at };
  }
  expect.fail(`expected a SpliceError for ${text}`);
}
