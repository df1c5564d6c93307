import type { Scalar } from '../../values/value.js';
import { isMultivalue, numberText, toNumber, toText, valuesOfEval, type EvalValue } from './types.js';

/*
 * The eval operators (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Eval,
 * "Operators"). Null in, null out: a missing field makes the whole arithmetic or
 * concatenation null, which is why detections wrap fields in coalesce() [INF].
 */

export type ArithmeticOp = '+' | '-' | '*' | '/' | '%';

/**
 * "The plus ( + ) operator accepts two numbers for addition, or two strings for
 * concatenation. The subtraction ( - ), multiplication ( * ), division ( / ), and modulus
 * ( % ) operators accept two numbers." Strings that read as numbers are numbers (a field
 * value "5" is both, Informational functions, isnum), so "5"+1 is 6 and "a"+"b" is "ab".
 * "Division by zero results in a null field" (eval, Numeric calculations); modulus by zero too.
 * Multivalues and booleans give null [INF].
 */
export function arithmetic(op: ArithmeticOp, left: EvalValue, right: EvalValue): EvalValue {
  if (left === null || right === null || isMultivalue(left) || isMultivalue(right)) return null;
  const a = toNumber(left);
  const b = toNumber(right);
  if (a === null || b === null) {
    if (op === '+' && typeof left === 'string' && typeof right === 'string') return left + right;
    return null;
  }
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return b === 0 ? null : a / b;
    case '%':
      return b === 0 ? null : a % b;
  }
}

/**
 * "The period ( . ) operator concatenates both strings and number. Numbers are concatenated
 * in their string represented form." A null or multivalue side makes the result null [INF].
 */
export function concatenate(left: EvalValue, right: EvalValue): EvalValue {
  const a = isMultivalue(left) ? null : toText(left);
  const b = isMultivalue(right) ? null : toText(right);
  return a === null || b === null ? null : a + b;
}

/**
 * Order of two scalars: numeric when both read as numbers, otherwise by text, case-sensitive
 * ("The <, >, <=, >=, !=, =, and == operators accept two numbers or two strings";
 * "The <eval-expression> is case-sensitive", where). Text order is by UTF-16 code unit.
 */
export function compareScalars(a: Scalar, b: Scalar): number {
  const x = toNumber(a);
  const y = toNumber(b);
  if (x !== null && y !== null) return x < y ? -1 : x > y ? 1 : x === y ? 0 : Number.NaN;
  const s = typeof a === 'number' ? numberText(a) : a;
  const t = typeof b === 'number' ? numberText(b) : b;
  return s < t ? -1 : s > t ? 1 : 0;
}

export type ComparisonOp = '=' | '==' | '!=' | '<' | '<=' | '>' | '>=';

/** Whether a three-way comparison result satisfies `op`; shared with the search-language runtime. */
export function holds(op: ComparisonOp, order: number): boolean {
  switch (op) {
    case '=':
    case '==':
      return order === 0;
    case '!=':
      return order !== 0 && !Number.isNaN(order);
    case '<':
      return order < 0;
    case '<=':
      return order <= 0;
    case '>':
      return order > 0;
    case '>=':
      return order >= 0;
  }
}

/**
 * A comparison. `=` and `==` are the same ("the single equal sign ( = ) is a synonym for the
 * double equal sign ( == )"). Null on either side is null, so `where` drops the row. A
 * multivalue side holds when any of its values does, as `where mv="x"` keeps a row whose
 * mv has "x" among its values [INF]. Two booleans compare by equality only.
 */
export function compare(op: ComparisonOp, left: EvalValue, right: EvalValue): EvalValue {
  if (left === null || right === null) return null;
  if (typeof left === 'boolean' || typeof right === 'boolean') {
    if (typeof left !== typeof right) return null;
    if (op === '=' || op === '==') return left === right;
    return op === '!=' ? left !== right : null;
  }
  if (!isMultivalue(left) && !isMultivalue(right)) return holds(op, compareScalars(left, right));
  const rights = valuesOfEval(right);
  return valuesOfEval(left).some((a) => rights.some((b) => holds(op, compareScalars(a, b))));
}

const likeCache = new Map<string, RegExp>();

/**
 * SQL-style LIKE: "a percent ( % ) character for a wildcard, and an underscore ( _ )
 * character for a single character match" (eval, Operators). Case-sensitive, as eval
 * expressions are (where: "The <eval-expression> is case-sensitive") [INF: the LIKE
 * docs say nothing of case]. There is no escape character [INF].
 */
export function likeRegex(pattern: string): RegExp {
  let re = likeCache.get(pattern);
  if (re === undefined) {
    const body = [...pattern]
      .map((ch) => (ch === '%' ? '[\\s\\S]*' : ch === '_' ? '[\\s\\S]' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')))
      .join('');
    re = new RegExp(`^${body}$`, 'u');
    if (likeCache.size >= 512) likeCache.clear();
    likeCache.set(pattern, re);
  }
  return re;
}

/** `text LIKE pattern`: null if either is null; a multivalue text matches when any value does [INF]. */
export function like(value: EvalValue, pattern: EvalValue): EvalValue {
  const p = isMultivalue(pattern) ? null : toText(pattern);
  if (value === null || typeof value === 'boolean' || p === null) return null;
  const re = likeRegex(p);
  return valuesOfEval(value).some((v) => re.test(toText(v) ?? ''));
}

/** Kleene logic, as SQL: false AND null is false, true OR null is true, otherwise null wins [INF]. */
export function not(value: EvalValue): EvalValue {
  return typeof value === 'boolean' ? !value : null;
}

export function xor(left: EvalValue, right: EvalValue): EvalValue {
  return typeof left === 'boolean' && typeof right === 'boolean' ? left !== right : null;
}

/** `x IN (a, b)` and in(x, a, b): true when x equals any listed value; null when x is null. */
export function inList(value: EvalValue, list: readonly EvalValue[]): EvalValue {
  if (value === null) return null;
  return list.some((item) => item !== null && compare('=', value, item) === true);
}
