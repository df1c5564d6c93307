import type { EvalCall, EvalExpr } from '../../../ast/eval.js';
import { errorAt } from '../../../diagnostics/diagnostic.js';
import { valuesOf, type Row, type Scalar } from '../../../values/value.js';
import { regexArgument } from '../regex.js';
import { isMultivalue, multivalue, scalarOf, toNumber, toText, valuesOfEval } from '../types.js';
import { mvrange } from './mvrange.js';
import { arg, optionalScalar, spec, type FunctionSpec } from './spec.js';

/* Multivalue eval functions: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/MultivalueEvalFunctions */

/** The distinct field names an expression reads. */
function fieldsIn(expr: EvalExpr, into = new Set<string>()): Set<string> {
  switch (expr.kind) {
    case 'field': into.add(expr.name); break;
    case 'group': fieldsIn(expr.expr, into); break;
    case 'unary': fieldsIn(expr.operand, into); break;
    case 'binary': fieldsIn(expr.left, into); fieldsIn(expr.right, into); break;
    case 'in': fieldsIn(expr.expr, into); expr.values.forEach((v) => fieldsIn(v, into)); break;
    case 'call': expr.args.forEach((a) => fieldsIn(a, into)); break;
    default: break;
  }
  return into;
}

/** The one field an expression is about, for mvfilter and mvmap. */
function loneField(expr: EvalExpr | undefined, call: EvalCall, what: string): string {
  const fields = expr === undefined ? [] : [...fieldsIn(expr)];
  if (fields.length !== 1) {
    throw errorAt('invalid-argument', `${call.fn.text}() ${what} must refer to exactly one field, not ${fields.length}`, expr?.span ?? call.span);
  }
  return fields[0] as string;
}

/**
 * Runs `body` once per value of field `name`, each time with the field bound to that one value
 * (mvfilter: "The Boolean expression can reference ONLY ONE field at a time"; mvmap's
 * example `mvmap(results, results*10)` names the field in the expression).
 */
function perValue(row: Row, name: string, values: readonly Scalar[], visit: (scoped: Row, value: Scalar) => void): void {
  const scoped: Row = new Map(row);
  for (const value of values) {
    scoped.set(name, value);
    visit(scoped, value);
  }
}

const mvfilter = spec(1, 1, (args, call) => {
  const name = loneField(call.args[0], call, 'predicate');
  const predicate = arg(args, 0);
  return (row, ctx) => {
    const kept: Scalar[] = [];
    perValue(row, name, valuesOf(row.get(name)), (scoped, value) => {
      if (predicate(scoped, ctx) === true) kept.push(value);
    });
    return multivalue(kept);
  };
});

const mvmap = spec(2, 2, (args, call) => {
  const first = call.args[0];
  const name = first?.kind === 'field' ? first.name : loneField(first, call, 'first argument');
  const source = arg(args, 0);
  const body = arg(args, 1);
  return (row, ctx) => {
    const out: Scalar[] = [];
    // Null results are dropped [INF], which is how ESCU's mvmap(…, if(…, x, null)) diffs lists.
    perValue(row, name, valuesOfEval(source(row, ctx)), (scoped) => out.push(...valuesOfEval(body(scoped, ctx))));
    return multivalue(out);
  };
});

/** A function of the list of values; null stays null, a single value is a one-value list. */
function listFunction(f: (values: readonly Scalar[]) => readonly Scalar[]): FunctionSpec {
  return spec(1, 1, (args) => (row, ctx) => {
    const value = arg(args, 0)(row, ctx);
    return value === null || typeof value === 'boolean' ? null : multivalue(f(valuesOfEval(value)));
  });
}

function dedup(values: readonly Scalar[]): Scalar[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = toText(v) ?? '';
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Byte order of UTF-8, which is code point order ("sorted lexicographically", mvsort). */
function byCodePoint(a: Scalar, b: Scalar): number {
  return Buffer.compare(Buffer.from(toText(a) ?? ''), Buffer.from(toText(b) ?? ''));
}

/** mvindex(<mv>,<start>,<end>): 0-based, negative from the end, <end> inclusive. */
function mvindex(values: readonly Scalar[], start: number, end: number | undefined): Scalar[] | null {
  const at = (i: number): number => Math.trunc(i < 0 ? values.length + i : i);
  const from = at(start);
  // "If the indexes are out of range or invalid, the result is NULL"; an <end> past the last
  // value is clipped to it [INF].
  if (from < 0 || from >= values.length) return null;
  const to = end === undefined ? from : Math.min(at(end), values.length - 1);
  return to < from ? null : values.slice(from, to + 1);
}

export const MULTIVALUE_FUNCTIONS: ReadonlyArray<readonly [string, FunctionSpec]> = [
  // "The values can be strings, multivalue fields, or single value fields"; nulls add nothing.
  ['mvappend', spec(1, Infinity, (args) => (row, ctx) => multivalue(args.flatMap((a) => valuesOfEval(a(row, ctx)))))],
  // "If the field contains a single value, this function returns 1 . If the field has no values, ... NULL."
  ['mvcount', spec(1, 1, (args) => (row, ctx) => {
    const value = arg(args, 0)(row, ctx);
    return value === null || typeof value === 'boolean' ? null : valuesOfEval(value).length;
  })],
  // "returns a multivalue field with its duplicate values removed"; the first of each is kept, by text.
  ['mvdedup', listFunction(dedup)],
  ['mvfilter', mvfilter],
  // "the index of the first matching value is returned (beginning with zero). If no values match, NULL".
  ['mvfind', spec(2, 2, (args, call) => {
    const regex = regexArgument(call.args[1], arg(args, 1));
    return (row, ctx) => {
      const value = arg(args, 0)(row, ctx);
      const re = regex(row, ctx);
      if (value === null || re === null) return null;
      const index = valuesOfEval(value).findIndex((v) => re.test(toText(v) ?? ''));
      return index < 0 ? null : index;
    };
  })],
  ['mvindex', spec(2, 3, (args) => (row, ctx) => {
    const value = arg(args, 0)(row, ctx);
    const start = toNumber(scalarOf(arg(args, 1)(row, ctx)));
    const endValue = optionalScalar(arg(args, 2)(row, ctx), args.length > 2);
    const end = endValue === undefined ? undefined : toNumber(endValue);
    if (value === null || start === null || end === null) return null;
    const picked = mvindex(valuesOfEval(value), start, end);
    return picked === null ? null : multivalue(picked);
  })],
  // "concatenates the individual values within <mv> using the value of <delim> as a separator".
  ['mvjoin', spec(2, 2, (args) => (row, ctx) => {
    const value = arg(args, 0)(row, ctx);
    const delimiter = arg(args, 1)(row, ctx);
    const delim = isMultivalue(delimiter) ? null : toText(delimiter);
    if (value === null || typeof value === 'boolean' || delim === null) return null;
    return valuesOfEval(value).map((v) => toText(v) ?? '').join(delim);
  })],
  ['mvmap', mvmap],
  ['mvrange', spec(2, 3, (args) => (row, ctx) => mvrange(arg(args, 0)(row, ctx), arg(args, 1)(row, ctx), args.length > 2 ? arg(args, 2)(row, ctx) : 1, ctx))],
  ['mvreverse', listFunction((values) => [...values].reverse())],
  ['mvsort', listFunction((values) => [...values].sort(byCodePoint))],
  // "combines the values in two multivalue fields"; "The default delimiter is a comma"; pairs
  // stop at the shorter list, as Python's zip does.
  ['mvzip', spec(2, 3, (args) => (row, ctx) => {
    const left = arg(args, 0)(row, ctx);
    const right = arg(args, 1)(row, ctx);
    const delimValue = optionalScalar(arg(args, 2)(row, ctx), args.length > 2);
    if (left === null || right === null || delimValue === null) return null;
    const delim = delimValue === undefined ? ',' : (toText(delimValue) ?? ',');
    const a = valuesOfEval(left);
    const b = valuesOfEval(right);
    return multivalue(a.slice(0, Math.min(a.length, b.length)).map((v, i) => `${toText(v) ?? ''}${delim}${toText(b[i] ?? '') ?? ''}`));
  })],
  // "Use an empty string ("") to split the original string into one value per character."
  ['split', spec(2, 2, (args) => (row, ctx) => {
    const text = toText(scalarOf(arg(args, 0)(row, ctx)));
    const delim = toText(scalarOf(arg(args, 1)(row, ctx)));
    if (text === null || delim === null) return null;
    return multivalue(delim === '' ? [...text] : text.split(delim));
  })],
];
