import type { FieldValue, Row, Scalar } from '../../values/value.js';

/**
 * One statistical function's running state for one group. `add` gets a row's
 * values of the function's argument (every value of a multivalue field, none
 * when the field is missing: nulls contribute nothing, spl-semantics.md §2.3);
 * `result` may be read at any time (streamstats reads it after every row) and
 * is undefined when the function has no value (the output field is absent).
 */
export interface Accumulator {
  add(values: readonly Scalar[], row: Row): void;
  result(): FieldValue | undefined;
}

/** A list of values as a field value: one value is a plain value, none is no value. */
export function fieldValueOf(values: readonly Scalar[]): FieldValue | undefined {
  if (values.length === 0) return undefined;
  return values.length === 1 ? values[0] : values;
}
