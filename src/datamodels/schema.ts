import { allDataModels, findDataModel } from './catalog.js';
import { BASE_EVENT_FIELD_NAMES, type DataModelV2, type FieldTypeV2, type RootDataset } from './model-v2.js';

/**
 * How data models are laid out in SQL: one table per root dataset, named
 * `<Model>.<Root>` (e.g. "Endpoint.Processes"), with one column per field of
 * the root and its children (an event's fields do not depend on the dataset
 * that matches it). Values are stored as the text the source had, so `=`
 * compares text as Splunk does; `_time` is epoch seconds with NUMERIC affinity
 * (whole seconds stay integers and print as "1602633600", not "1602633600.0").
 * Each IP field also gets a sortable key column for CIDR range scans.
 */
export interface ColumnSpec {
  readonly name: string;
  readonly sqlType: 'TEXT' | 'NUMERIC' | 'BLOB';
  /** The field whose value fills it (for an IP key, the IP field). */
  readonly field: string;
  readonly fieldType: FieldTypeV2 | 'time';
  readonly multivalue: boolean;
  readonly isIpKey: boolean;
}

export interface RootTable {
  readonly model: DataModelV2;
  readonly root: RootDataset;
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  /** Field name → its value column. */
  readonly byField: ReadonlyMap<string, ColumnSpec>;
}

export function ipKeyColumn(field: string): string {
  return `${field}__ipkey`;
}

const tables = new Map<string, RootTable>();

export function rootTable(model: DataModelV2, root: RootDataset): RootTable {
  const name = `${model.name}.${root.name}`;
  const known = tables.get(name);
  if (known) return known;
  const columns: ColumnSpec[] = [];
  const byField = new Map<string, ColumnSpec>();
  const add = (field: string, fieldType: FieldTypeV2 | 'time', multivalue: boolean): void => {
    if (byField.has(field)) return;
    const column: ColumnSpec = { name: field, sqlType: fieldType === 'time' ? 'NUMERIC' : 'TEXT', field, fieldType, multivalue, isIpKey: false };
    byField.set(field, column);
    columns.push(column);
    if (fieldType === 'ip') columns.push({ ...column, name: ipKeyColumn(field), sqlType: 'BLOB', isIpKey: true });
  };
  for (const base of BASE_EVENT_FIELD_NAMES) add(base, base === '_time' ? 'time' : 'string', false);
  for (const dataset of [root, ...root.children]) for (const f of dataset.fields) add(f.name, f.type, f.multivalue === true);
  const table = { model, root, name, columns, byField };
  tables.set(name, table);
  return table;
}

export function allRootTables(): RootTable[] {
  return allDataModels().flatMap((model) => model.roots.map((root) => rootTable(model, root)));
}

/** Indexes that pay for the queries splice writes: IP keys for CIDR range scans. */
export function indexedColumns(table: RootTable): readonly string[] {
  return table.columns.filter((c) => c.isIpKey).map((c) => c.name);
}

/** The table of `Model.Root` (or `Model`, for a model with one root dataset), as the planner names tables, or undefined. */
export function rootTableNamed(name: string): RootTable | undefined {
  const [modelName = '', rootName] = name.split('.', 2);
  const model = findDataModel(modelName);
  if (model === undefined) return undefined;
  const root = rootName === undefined ? (model.roots.length === 1 ? model.roots[0] : undefined) : model.roots.find((r) => r.name === rootName);
  return root === undefined ? undefined : rootTable(model, root);
}
