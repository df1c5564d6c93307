import type { Row, Scalar } from '../../values/value.js';
import type { TimeZone } from '../time/zone.js';

/**
 * A value while an expression is evaluated: `null` is Splunk's null ("no value"),
 * booleans come from comparisons and logic, and a multivalue is an array.
 * Booleans never reach a field: "Numbers and strings can be assigned to fields,
 * while booleans cannot be assigned"
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Eval).
 */
export type EvalValue = null | boolean | Scalar | readonly Scalar[];

export interface EvalContext {
  /** Epoch seconds, fixed for the whole search: now() is "the time that the search was started". */
  readonly now: number;
  /** Zone for strftime, strptime and relative_time's calendar arithmetic and snaps. */
  readonly timeZone: TimeZone;
}

/** An expression compiled once into a closure, then run for every row. */
export type Compiled = (row: Row, ctx: EvalContext) => EvalValue;

export function isMultivalue(value: EvalValue): value is readonly Scalar[] {
  return Array.isArray(value);
}

/** A single string or number; null for null, booleans and multivalues. */
export function scalarOf(value: EvalValue): Scalar | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

/** A multivalue result as Splunk keeps it: no values is null, one value is that value. */
export function multivalue(values: readonly Scalar[]): EvalValue {
  if (values.length === 0) return null;
  if (values.length === 1) return values[0] as Scalar;
  return values;
}

/** The values of a single or multivalue value; [] for null and booleans. */
export function valuesOfEval(value: EvalValue): readonly Scalar[] {
  if (Array.isArray(value)) return value as readonly Scalar[];
  const scalar = scalarOf(value);
  return scalar === null ? [] : [scalar];
}

/**
 * Splunk's notion of a number in text: decimal with optional sign, fraction and exponent,
 * and no surrounding spaces (tonumber: "if the value contains a leading and trailing space,
 * the function returns null", Conversion functions). "NaN" in a field "behaves as both a
 * string and a number" (Informational functions, isnum), so nan/inf are numbers too.
 */
const NUMERIC = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const SPECIAL = /^([+-]?)(nan|inf|infinity)$/i;

export function numericText(text: string): number | null {
  if (NUMERIC.test(text)) return Number(text);
  const special = SPECIAL.exec(text);
  if (special === null) return null;
  if (special[2]?.toLowerCase() === 'nan') return Number.NaN;
  return special[1] === '-' ? -Infinity : Infinity;
}

/** The number a value stands for: numbers, and strings that read as numbers. */
export function toNumber(value: EvalValue): number | null {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return numericText(value);
  return null;
}

/**
 * Text of a number: integers without ".0"; NaN and infinities as "nan", "inf", "-inf"
 * ("it is represented as "nan" in your results ... "inf" and "-inf"", eval, Numeric calculations).
 */
export function numberText(n: number): string {
  if (Number.isNaN(n)) return 'nan';
  if (n === Infinity) return 'inf';
  if (n === -Infinity) return '-inf';
  return String(n);
}

/** Text of a scalar; null for null, booleans and multivalues. */
export function toText(value: EvalValue): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  return null;
}

/** Three-valued truth for conditions: only `true` is true; null, false and non-booleans are not. */
export function isTrue(value: EvalValue): boolean {
  return value === true;
}
