import type { RootTable } from '../datamodels/schema.js';
import { openSqlite } from '../exec/sqlite.js';
import { ipKeyBuffer } from '../ingest/ip-key.js';
import { sqliteRunner } from '../runtime/sql-runner.js';
import type { TimeZone } from '../runtime/time/zone.js';
import type { SqlSource } from '../plan/plan.js';
import type { Select } from '../sql/ast.js';
import { printStatement } from '../sql/ddl.js';
import { sqliteDialect } from '../sql/dialects/sqlite.js';
import type { Cell } from './engine.js';

/**
 * Runs `select` with splice's own SQLite over rows an engine sent (`scan`'s
 * columns, which are the columns `select` reads, without IP keys). The IP keys
 * are computed from the text as ingest computes them, so CIDR tests read the
 * same bytes they would in a database splice loaded.
 */
export function queryRowsLocally(select: Select, scan: Select, table: RootTable, scanned: readonly (readonly Cell[])[], zone: TimeZone): Cell[][] {
  const db = openSqlite(':memory:', 'write');
  try {
    db.exec(printStatement({ kind: 'create-table', table: table.name, columns: table.columns.map((c) => ({ name: c.name, type: c.sqlType })) }, sqliteDialect));
    const insert = db.prepare(printStatement({ kind: 'insert', table: table.name, columns: table.columns.map((c) => c.name) }, sqliteDialect));
    const at = new Map(scan.columns.map((c, i) => [c.alias, i]));
    const cells = table.columns.map((c) => {
      const i = at.get(c.isIpKey ? c.field : c.name) ?? -1;
      return c.isIpKey ? (row: readonly Cell[]): Cell => ipKeyOf(row[i]) : (row: readonly Cell[]): Cell => row[i] ?? null;
    });
    db.transaction(() => {
      for (const row of scanned) insert.run(cells.map((cell) => bindable(cell(row))));
    })();
    const source: SqlSource = { kind: 'sql', command: 'tstats', select, columns: [], warnings: [], span: { start: 0, end: 0 } };
    return [...sqliteRunner(db, sqliteDialect, zone).cells(source)].map((row) => row.map(asCell));
  } finally {
    db.close();
  }
}

function ipKeyOf(value: Cell): Cell {
  return typeof value === 'string' ? ipKeyBuffer(value) : null;
}

/** better-sqlite3 binds Buffers, not plain Uint8Arrays. */
function bindable(cell: Cell): string | number | Buffer | null {
  return cell instanceof Uint8Array && !Buffer.isBuffer(cell) ? Buffer.from(cell) : cell;
}

function asCell(value: unknown): Cell {
  if (value === null || typeof value === 'string' || typeof value === 'number' || value instanceof Uint8Array) return value;
  if (typeof value === 'bigint') return Number(value);
  return String(value);
}
