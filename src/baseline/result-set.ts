import { formatCsv } from '../output/format.js';
import { scalarText, type FieldValue, type Scalar, type Table } from '../values/value.js';

/** Splunk's view of a value: every value is text; a multivalue field is a list of texts. */
export type Cell = string | readonly string[];

/** Rows as Splunk exports them: a field order, and per row the fields it has. */
export interface ResultSet {
  readonly fields: readonly string[];
  readonly rows: readonly ReadonlyMap<string, Cell>[];
}

export type BaselineFormat = 'csv' | 'json' | 'jsonl';

/** splice's own result table as text cells, so it compares alike with a baseline read from a file. */
export function toResultSet(table: Table): ResultSet {
  const rows = table.rows.map((row) => {
    const out = new Map<string, Cell>();
    for (const field of table.fields) {
      const value = row.get(field);
      if (value === undefined) continue;
      out.set(field, Array.isArray(value) ? (value as readonly Scalar[]).map(scalarText) : scalarText(value as Scalar));
    }
    return out;
  });
  return { fields: [...table.fields], rows };
}

/** Splunk's CSV export of a result set: the same writer `splice run --format csv` uses. */
export function writeBaselineCsv(rs: ResultSet): string {
  return formatCsv({ fields: rs.fields, rows: rs.rows.map((row) => new Map<string, FieldValue>(row)) });
}

/** Adds `field` to `order` the first time it is seen: the field order when a file gives none. */
export function noteField(order: string[], seen: Set<string>, field: string): void {
  if (seen.has(field)) return;
  seen.add(field);
  order.push(field);
}
