import type { EvalExpr } from '../ast/eval.js';
import { compare } from '../runtime/eval/operators.js';
import { toNumber } from '../runtime/eval/types.js';

/**
 * Static facts about a CIM calculation that let the load skip the eval
 * interpreter on rows where the outcome is already known. Every shortcut here
 * must give exactly what the interpreter would store; test/ingest/calc-shortcuts
 * checks each one against the interpreter over many values.
 */

/** Functions whose result depends only on their arguments and the load's fixed context (now, zone). */
const DETERMINISTIC = new Set([
  'if', 'case', 'coalesce', 'validate', 'null', 'true', 'false', 'isnull', 'isnotnull', 'isnum', 'isint', 'isstr',
  'lower', 'upper', 'len', 'trim', 'ltrim', 'rtrim', 'replace', 'match', 'mvcount', 'mvzip', 'strftime', 'now',
]);

function unwrap(expr: EvalExpr): EvalExpr {
  return expr.kind === 'group' ? unwrap(expr.expr) : expr;
}

/** The fields an expression reads, or undefined if it calls anything outside DETERMINISTIC. */
export function deterministicInputs(expr: EvalExpr, into = new Set<string>()): Set<string> | undefined {
  switch (expr.kind) {
    case 'number':
    case 'string':
      return into;
    case 'field':
      into.add(expr.name);
      return into;
    case 'template':
      return undefined;
    case 'group':
      return deterministicInputs(expr.expr, into);
    case 'unary':
      return deterministicInputs(expr.operand, into);
    case 'binary':
      return deterministicInputs(expr.left, into) && deterministicInputs(expr.right, into);
    case 'in':
      return [expr.expr, ...expr.values].every((e) => deterministicInputs(e, into) !== undefined) ? into : undefined;
    case 'call':
      if (!DETERMINISTIC.has(expr.fn.text.toLowerCase())) return undefined;
      return expr.args.every((e) => deterministicInputs(e, into) !== undefined) ? into : undefined;
  }
}

type TextTest = (value: string) => boolean;

/** Plain digits are always a number to toNumber(); checking them by hand skips its regexes for the usual counts and ports. */
function isDigits(v: string): boolean {
  if (v.length === 0) return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

const isField = (expr: EvalExpr, name: string): boolean => {
  const e = unwrap(expr);
  return e.kind === 'field' && e.name === name;
};

function literal(expr: EvalExpr): string | number | undefined {
  const e = unwrap(expr);
  if (e.kind === 'string') return e.value;
  return e.kind === 'number' ? Number(e.text) : undefined;
}

/** A comparison of the field with a literal, on a present text value. */
function comparison(op: '=' | '==' | '!=' | '<' | '<=' | '>' | '>=', left: EvalExpr, right: EvalExpr, field: string): TextTest | undefined {
  const fieldLeft = isField(left, field);
  const lit = literal(fieldLeft ? right : left);
  if (lit === undefined || (!fieldLeft && !isField(right, field))) return undefined;
  // A non-empty text never equals "" (toNumber("") is null, so they compare as text): no regex needed.
  if (lit === '' && (op === '=' || op === '==')) return (v) => v === '';
  if (lit === '' && op === '!=') return (v) => v !== '';
  return fieldLeft ? (v) => compare(op, v, lit) === true : (v) => compare(op, lit, v) === true;
}

/**
 * A condition that reads only `field`, as a test on its present text value.
 * With a string in hand isnull/isnotnull/isnum and comparisons are plain
 * booleans (never null), so AND, OR and NOT reduce to two-valued logic.
 */
export function textTest(expr: EvalExpr, field: string): TextTest | undefined {
  const e = unwrap(expr);
  if (e.kind === 'call' && e.args.length === 1 && isField(e.args[0] as EvalExpr, field)) {
    switch (e.fn.text.toLowerCase()) {
      case 'isnull':
        return () => false;
      case 'isnotnull':
        return () => true;
      case 'isnum':
        return (v) => isDigits(v) || toNumber(v) !== null;
      default:
        return undefined;
    }
  }
  if (e.kind === 'unary' && e.op === 'NOT') {
    const inner = textTest(e.operand, field);
    return inner && ((v) => !inner(v));
  }
  if (e.kind !== 'binary') return undefined;
  switch (e.op) {
    case 'AND':
    case 'OR': {
      const a = textTest(e.left, field);
      const b = textTest(e.right, field);
      if (a === undefined || b === undefined) return undefined;
      return e.op === 'AND' ? (v) => a(v) && b(v) : (v) => a(v) || b(v);
    }
    case '=':
    case '==':
    case '!=':
    case '<':
    case '<=':
    case '>':
    case '>=':
      return comparison(e.op, e.left, e.right, field);
    default:
      return undefined;
  }
}

/**
 * A test on `field`'s present text that proves `expr` evaluates to that same
 * text, so the calculation would store what is already there. Recognised:
 * `if(C, …, field)` when C is false, and `if(C, field, …)` or
 * `case(C, field, …)` when C is true, C reading only `field` (CIM's
 * `if(isnull(x) OR x="","unknown",x)`, `if(isnum(x),x,0)`, `case(isnum(x),x,…)`).
 */
export function keepTest(field: string, expr: EvalExpr): TextTest | undefined {
  const e = unwrap(expr);
  if (e.kind !== 'call') return undefined;
  const name = e.fn.text.toLowerCase();
  const [cond, first, second] = e.args;
  if (cond === undefined || first === undefined) return undefined;
  if (name === 'if' && e.args.length === 3 && second !== undefined) {
    const test = textTest(cond, field);
    if (test === undefined) return undefined;
    if (isField(second, field)) return (v) => !test(v);
    return isField(first, field) ? test : undefined;
  }
  if (name === 'case' && e.args.length % 2 === 0 && isField(first, field)) return textTest(cond, field);
  return undefined;
}
