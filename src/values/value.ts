/**
 * A field value as Splunk models it: a string or number, or a multivalue list.
 * A missing field is not a value: rows simply lack the key.
 */
export type Scalar = string | number;
export type FieldValue = Scalar | readonly Scalar[];

/** One result row: field name → value, in insertion order. */
export type Row = Map<string, FieldValue>;

/** Rows plus the field order Splunk would show. */
export interface Table {
  readonly fields: readonly string[];
  readonly rows: readonly Row[];
}

/** Splunk renders every value as text; numbers print without a trailing ".0". */
export function scalarText(value: Scalar): string {
  if (typeof value === 'string') return value;
  if (Number.isInteger(value)) return value.toString();
  return String(value);
}

/** The values of a field as a list: one-element for a single value. */
export function valuesOf(value: FieldValue | undefined): readonly Scalar[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly Scalar[]) : [value as Scalar];
}
