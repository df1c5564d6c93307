import type { EvalExpr } from '../../ast/eval.js';
import { errorAt, errorNowhere } from '../../diagnostics/diagnostic.js';
import type { FieldValue, Row, Scalar } from '../../values/value.js';
import { compileEval } from './compile.js';
import { numberText, type EvalContext, type EvalValue } from './types.js';

/**
 * Splunk's wording when an eval would store a boolean: "The result of an eval expression
 * cannot be a Boolean" and "Numbers and strings can be assigned to fields, while booleans
 * cannot be assigned" (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Eval).
 * Splunk checks this before the search runs ("The syntax of the eval expression is checked
 * before running the search"), so we do too, statically.
 */
export const BOOLEAN_ASSIGNMENT = 'Fields cannot be assigned a boolean result. Instead, try if([bool expr], [expr], [expr]).';

const BOOLEAN_FUNCTIONS: ReadonlySet<string> = new Set([
  'like', 'in', 'match', 'cidrmatch', 'searchmatch', 'true', 'false',
  'isnull', 'isnotnull', 'isnum', 'isint', 'isstr', 'isbool', 'ismv',
]);

/** Whether an expression's value is a boolean, as far as its shape tells. */
export function isBooleanExpr(expr: EvalExpr): boolean {
  switch (expr.kind) {
    case 'group':
      return isBooleanExpr(expr.expr);
    case 'unary':
      return expr.op === 'NOT';
    case 'binary':
      return !['+', '-', '*', '/', '%', '.'].includes(expr.op);
    case 'in':
      return true;
    case 'call': {
      const name = expr.fn.text.toLowerCase();
      if (BOOLEAN_FUNCTIONS.has(name)) return true;
      if (name === 'if') return expr.args.slice(1).some(isBooleanExpr);
      if (name === 'case' || name === 'validate') return expr.args.some((a, i) => i % 2 === 1 && isBooleanExpr(a));
      if (name === 'coalesce') return expr.args.some(isBooleanExpr);
      return false;
    }
    default:
      return false;
  }
}

function fieldScalar(value: Scalar): Scalar {
  return typeof value === 'number' && !Number.isFinite(value) ? numberText(value) : value;
}

/**
 * What a field stores for a value: nothing for null ("Setting a field value to NULL clears
 * the field value", null()), NaN and infinities as "nan"/"inf"/"-inf", a one-value list as
 * that value.
 * @throws SpliceError for a boolean, which fields cannot hold.
 */
export function toFieldValue(value: EvalValue): FieldValue | undefined {
  if (value === null) return undefined;
  if (typeof value === 'boolean') throw errorNowhere('invalid-argument', BOOLEAN_ASSIGNMENT);
  if (!Array.isArray(value)) return fieldScalar(value as Scalar);
  const values = (value as readonly Scalar[]).map(fieldScalar);
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}

/** An eval assignment's right-hand side, checked and compiled: the closure gives the field value. */
export function compileAssignment(expr: EvalExpr): (row: Row, ctx: EvalContext) => FieldValue | undefined {
  if (isBooleanExpr(expr)) throw errorAt('invalid-argument', BOOLEAN_ASSIGNMENT, expr.span);
  const compiled = compileEval(expr);
  return (row, ctx) => toFieldValue(compiled(row, ctx));
}
