import type { EvalExpr } from '../../../ast/eval.js';
import { isMultivalue, toNumber, type EvalValue } from '../types.js';
import { arg, spec, type FunctionSpec } from './spec.js';

/*
 * Informational functions: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/InformationalFunctions
 * A field value that reads as a number is both a number and a string: "When a field contains
 * a "NaN" string, the "NaN" behaves as both a string and a number. However, when a "NaN"
 * value is present as a literal string in an evaluator expression, it is considered a
 * string, not a number." So a quoted literal argument is only a string, decided at compile time.
 */

function test(f: (value: EvalValue, literalString: boolean) => EvalValue): FunctionSpec {
  return spec(1, 1, (args, call) => {
    const a = arg(args, 0);
    const literal = isStringLiteral(call.args[0]);
    return (row, ctx) => f(a(row, ctx), literal);
  });
}

function isStringLiteral(node: EvalExpr | undefined): boolean {
  if (node?.kind === 'group') return isStringLiteral(node.expr);
  return node?.kind === 'string';
}

function isNumber(value: EvalValue, literal: boolean): boolean {
  if (typeof value === 'number') return true;
  return typeof value === 'string' && !literal && toNumber(value) !== null;
}

/** isint: an integral number, or text of digits with an optional sign [INF]. */
function isInteger(value: EvalValue, literal: boolean): boolean {
  if (typeof value === 'number') return Number.isInteger(value);
  return typeof value === 'string' && !literal && /^[+-]?\d+$/.test(value);
}

/**
 * typeof: "This example returns "NumberStringBoolInvalid"" for typeof(12), typeof("string"),
 * typeof(1==2) and typeof(badfield). A multivalue is "Multivalue" [INF].
 */
function typeName(value: EvalValue, literal: boolean): string {
  if (value === null) return 'Invalid';
  if (typeof value === 'boolean') return 'Bool';
  if (isMultivalue(value)) return 'Multivalue';
  return isNumber(value, literal) ? 'Number' : 'String';
}

export const INFO_FUNCTIONS: ReadonlyArray<readonly [string, FunctionSpec]> = [
  ['isnull', test((v) => v === null)],
  ['isnotnull', test((v) => v !== null)],
  ['isnum', test((v, literal) => isNumber(v, literal))],
  ['isint', test((v, literal) => isInteger(v, literal))],
  // isstr: true for every string, numeric text from a field included (the doc's NaN table).
  ['isstr', test((v) => typeof v === 'string')],
  ['isbool', test((v) => typeof v === 'boolean')],
  ['ismv', test((v) => isMultivalue(v))],
  ['typeof', test(typeName)],
];
