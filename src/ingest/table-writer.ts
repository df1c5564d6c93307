import { basename } from 'node:path';
import { errorInFile } from '../diagnostics/diagnostic.js';
import { indexedColumns, type ColumnSpec, type RootTable } from '../datamodels/schema.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import type { EvalContext } from '../runtime/eval/types.js';
import { parseEpoch } from '../runtime/time/parse-epoch.js';
import { printStatement } from '../sql/ddl.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import { ipKey } from '../values/ip.js';
import { compileCalculations } from './calculated.js';
import type { InputRecord, InputSource, InputValue } from './record.js';
import { mapZeekConn } from './zeek-conn-to-cim.js';

/** Creates a dataset's table and indexes if they are missing. */
export function ensureTable(db: SqliteDatabase, table: RootTable, dialect: Dialect): void {
  db.exec(printStatement({ kind: 'create-table', table: table.name, columns: table.columns.map((c) => ({ name: c.name, type: c.sqlType })) }, dialect));
  for (const column of indexedColumns(table)) {
    db.exec(printStatement({ kind: 'create-index', name: `${table.name}__${column}`, table: table.name, columns: [column] }, dialect));
  }
}

export interface FileSummary {
  readonly file: string;
  readonly format: string;
  readonly rows: number;
  /** Rows whose time could not be read (e.g. Zeek test logs with masked timestamps). */
  readonly rowsWithoutTime: number;
  /** Input fields that are not fields of the dataset, so no search can see them. */
  readonly unmappedFields: readonly string[];
}

/** Streams one source into a dataset's table. The caller owns the transaction. */
export async function writeSource(db: SqliteDatabase, table: RootTable, dialect: Dialect, file: string, source: InputSource, ctx: EvalContext): Promise<FileSummary> {
  const insert = db.prepare(printStatement({ kind: 'insert', table: table.name, columns: table.columns.map((c) => c.name) }, dialect));
  const calculations = compileCalculations(table.root);
  const prefixes = datasetPrefixes(table);
  const unmapped = new Set<string>();
  const isZeek = source.format === 'zeek-tsv' || source.format === 'zeek-json';
  const defaults = new Map<string, string>([['sourcetype', source.sourcetype], ['source', basename(file)]]);
  let rows = 0;
  let rowsWithoutTime = 0;
  for await (const record of source.records()) {
    const fields = withoutPrefixes(isZeek ? mapZeekConn(record.values) : record.values, prefixes, defaults);
    const time = readTime(fields.get('_time'), file, record, isZeek);
    if (time === null && fields.has('_time')) rowsWithoutTime++;
    // Calculations see _time as Splunk's events hold it: epoch seconds, whatever the input wrote.
    if (time !== null) fields.set('_time', String(time));
    calculations.apply(fields, ctx);
    for (const name of fields.keys()) if (!table.byField.has(name)) unmapped.add(name);
    insert.run(table.columns.map((c) => cellValue(c, fields, time)));
    rows++;
  }
  return { file, format: source.format, rows, rowsWithoutTime, unmappedFields: [...unmapped].sort() };
}

/** `All_Traffic.`, `All_Changes.Account_Management.` …: the prefixes a CIM-named input may carry, longest first. */
function datasetPrefixes(table: RootTable): string[] {
  const root = table.root.name;
  const out = [`${root}.`];
  for (const child of table.root.children) out.push(`${root}.${child.name}.`);
  return out.sort((a, b) => b.length - a.length);
}

function withoutPrefixes(values: ReadonlyMap<string, InputValue>, prefixes: readonly string[], defaults: ReadonlyMap<string, string>): Map<string, InputValue> {
  const out = new Map<string, InputValue>(defaults);
  for (const [name, value] of values) {
    const prefix = prefixes.find((p) => name.startsWith(p));
    out.set(prefix ? name.slice(prefix.length) : name, value);
  }
  return out;
}

function readTime(value: InputValue | undefined, file: string, record: InputRecord, lenient: boolean): number | null {
  if (value === undefined) return null;
  const text = typeof value === 'string' ? value : (value[0] ?? '');
  const epoch = parseEpoch(text);
  if (epoch !== null || lenient) return epoch;
  throw errorInFile('bad-input', `_time "${text}" is neither epoch seconds nor ISO 8601`, file, record.line);
}

/**
 * Multivalue fields are stored as JSON arrays, so SQL can read each value
 * (json_each); other fields hold their text (several values of a single-value
 * field are kept one a line, as Splunk's CSV export writes them).
 */
function cellValue(column: ColumnSpec, fields: ReadonlyMap<string, InputValue>, time: number | null): string | number | Buffer | null {
  if (column.field === '_time') return time;
  return encodeValue(column, fields.get(column.field));
}

/** How a column stores a field's value (every column but `_time`, which holds epoch seconds); shared with `splice gen`. */
export function encodeValue(column: ColumnSpec, value: InputValue | undefined): string | Buffer | null {
  if (value === undefined) return null;
  if (column.multivalue && !column.isIpKey) return JSON.stringify(typeof value === 'string' ? [value] : value);
  const text = typeof value === 'string' ? value : value.join('\n');
  if (!column.isIpKey) return text;
  const key = ipKey(text);
  return key === null ? null : Buffer.from(key);
}

/** Runs `work` in one transaction: all of it lands, or none of it does. */
export async function inTransaction<T>(db: SqliteDatabase, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  }
}
