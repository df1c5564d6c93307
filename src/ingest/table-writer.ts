import { basename } from 'node:path';
import { errorInFile } from '../diagnostics/diagnostic.js';
import type { DataModel } from '../datamodels/model.js';
import { columnsOf, indexedColumns, tableName, type ColumnSpec } from '../datamodels/schema.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { parseEpoch } from '../runtime/time/parse-epoch.js';
import { printStatement } from '../sql/ddl.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import { ipKey } from '../values/ip.js';
import { applyCalculated } from './calculated.js';
import type { InputRecord, InputSource, InputValue } from './record.js';
import { mapZeekConn } from './zeek-conn-to-cim.js';

/** Creates the model's table and indexes if they are missing. */
export function ensureTable(db: SqliteDatabase, model: DataModel, dialect: Dialect): void {
  const table = tableName(model);
  db.exec(printStatement({ kind: 'create-table', table, columns: columnsOf(model).map((c) => ({ name: c.name, type: c.sqlType })) }, dialect));
  for (const column of indexedColumns(model)) {
    db.exec(printStatement({ kind: 'create-index', name: `${table}__${column}`, table, columns: [column] }, dialect));
  }
}

export interface FileSummary {
  readonly file: string;
  readonly format: string;
  readonly rows: number;
  /** Rows whose time could not be read (e.g. Zeek test logs with masked timestamps). */
  readonly rowsWithoutTime: number;
  /** Input fields that are not in the data model, so no search can see them. */
  readonly unmappedFields: readonly string[];
}

/** Streams one source into the model's table. The caller owns the transaction. */
export async function writeSource(db: SqliteDatabase, model: DataModel, dialect: Dialect, file: string, source: InputSource): Promise<FileSummary> {
  const columns = columnsOf(model);
  const insert = db.prepare(printStatement({ kind: 'insert', table: tableName(model), columns: columns.map((c) => c.name) }, dialect));
  const known = new Set(columns.map((c) => c.field.name));
  const unmapped = new Set<string>();
  const isZeek = source.format === 'zeek-tsv' || source.format === 'zeek-json';
  const defaults = new Map<string, string>([['sourcetype', source.sourcetype], ['source', basename(file)]]);
  let rows = 0;
  let rowsWithoutTime = 0;
  for await (const record of source.records()) {
    const fields = toModelFields(model, isZeek ? mapZeekConn(record.values) : record.values, defaults, known, unmapped);
    const time = readTime(fields.get('_time'), file, record, isZeek);
    if (time === null && fields.has('_time')) rowsWithoutTime++;
    insert.run(columns.map((c) => cellValue(c, fields, time)));
    rows++;
  }
  return { file, format: source.format, rows, rowsWithoutTime, unmappedFields: [...unmapped].sort() };
}

function toModelFields(
  model: DataModel,
  values: ReadonlyMap<string, InputValue>,
  defaults: ReadonlyMap<string, string>,
  known: ReadonlySet<string>,
  unmapped: Set<string>,
): Map<string, InputValue> {
  const prefix = `${model.root}.`;
  const out = new Map<string, InputValue>(defaults);
  for (const [name, value] of values) {
    const bare = name.startsWith(prefix) ? name.slice(prefix.length) : name;
    out.set(bare, value);
  }
  for (const name of out.keys()) if (!known.has(name) && name !== 'vendor' && name !== 'product') unmapped.add(name);
  return applyCalculated(model.calculated, out);
}

function readTime(value: InputValue | undefined, file: string, record: InputRecord, lenient: boolean): number | null {
  if (value === undefined) return null;
  const text = typeof value === 'string' ? value : (value[0] ?? '');
  const epoch = parseEpoch(text);
  if (epoch !== null || lenient) return epoch;
  throw errorInFile('bad-input', `_time "${text}" is neither epoch seconds nor ISO 8601`, file, record.line);
}

function cellValue(column: ColumnSpec, fields: ReadonlyMap<string, InputValue>, time: number | null): string | number | Buffer | null {
  if (column.field.name === '_time') return time;
  const value = fields.get(column.field.name);
  if (value === undefined) return null;
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
