import { allFields, type DataModel, type ModelField } from './model.js';

/**
 * How a data model is laid out in SQL: one table named after the model, one
 * column per field (text as the source had it, so `=` compares text as Splunk
 * does; `_time` as epoch seconds with NUMERIC affinity, so whole seconds are
 * stored as integers and print as "1602633600", not "1602633600.0"), plus a
 * sortable key column for each IP field.
 */
export function tableName(model: DataModel): string {
  return model.name;
}

export function ipKeyColumn(field: string): string {
  return `${field}__ipkey`;
}

export interface ColumnSpec {
  readonly name: string;
  readonly sqlType: 'TEXT' | 'NUMERIC' | 'BLOB';
  /** The model field whose value fills it (for an IP key, the IP field). */
  readonly field: ModelField;
  readonly isIpKey: boolean;
}

export function columnsOf(model: DataModel): readonly ColumnSpec[] {
  const out: ColumnSpec[] = [];
  for (const field of allFields(model)) {
    out.push({ name: field.name, sqlType: field.type === 'time' ? 'NUMERIC' : 'TEXT', field, isIpKey: false });
    if (field.type === 'ip') out.push({ name: ipKeyColumn(field.name), sqlType: 'BLOB', field, isIpKey: true });
  }
  return out;
}

/** Indexes that pay for the queries splice writes: IP keys for CIDR range scans. */
export function indexedColumns(model: DataModel): readonly string[] {
  return columnsOf(model).filter((c) => c.isIpKey).map((c) => c.name);
}
