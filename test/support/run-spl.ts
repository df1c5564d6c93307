import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile, type CompileOptions } from '../../src/api/compile.js';
import { ingest } from '../../src/api/ingest.js';
import { openSqlite, type SqliteDatabase } from '../../src/exec/sqlite.js';
import type { GeoDatabase } from '../../src/geo/geo-database.js';
import { executePlan } from '../../src/runtime/run.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';
import { createEvalPort } from '../../src/runtime/eval/port.js';
import { NO_LOOKUPS, type LookupStore } from '../../src/lookups/store.js';
import { sqliteDialect } from '../../src/sql/dialects/sqlite.js';
import { scalarText, type Scalar, type Table } from '../../src/values/value.js';

/** A flow as a test writes it: CIM field names (with or without `All_Traffic.`), text or numbers. */
export type TestEvent = Record<string, string | number | readonly string[]>;

/** Loads events into a fresh in-memory Network_Traffic table through the real ingest path. */
export async function databaseWith(events: readonly TestEvent[], datamodel = 'Network_Traffic'): Promise<SqliteDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'splice-test-'));
  const file = join(dir, 'events.ndjson');
  writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const db = openSqlite(':memory:', 'write');
  await ingest(db, sqliteDialect, datamodel, [{ path: file, format: 'ndjson' }]);
  return db;
}

export interface RunOptions extends CompileOptions {
  readonly tz?: string;
  /** now() for the search, fixed so tests are repeatable. */
  readonly now?: number;
  readonly lookups?: LookupStore;
  readonly geo?: GeoDatabase;
}

/** Compiles and runs a search over the given events: the whole pipeline, as `splice run` does. */
export async function runSpl(spl: string, events: readonly TestEvent[], options: RunOptions = {}): Promise<Table> {
  const db = await databaseWith(events);
  try {
    return runOn(db, spl, options);
  } finally {
    db.close();
  }
}

export function runOn(db: SqliteDatabase, spl: string, options: RunOptions = {}): Table {
  const compiled = compile(spl, options);
  const timeZone = resolveTimeZone(options.tz ?? 'UTC');
  return executePlan(compiled.plan, db, sqliteDialect, {
    timeZone,
    evalPort: createEvalPort({ now: options.now ?? 1_700_000_000, timeZone }),
    lookups: options.lookups ?? NO_LOOKUPS,
    geo: () => {
      if (!options.geo) throw new Error('test did not provide a GeoIP database');
      return options.geo;
    },
  });
}

/** Rows as plain objects of text (multivalue → string[]), for readable assertions. */
export function rowsOf(table: Table): Record<string, string | string[]>[] {
  return table.rows.map((row) => {
    const out: Record<string, string | string[]> = {};
    for (const [k, v] of row) out[k] = Array.isArray(v) ? (v as readonly Scalar[]).map(scalarText) : scalarText(v as Scalar);
    return out;
  });
}

/** One column's values, in row order. */
export function column(table: Table, field: string): (string | string[] | undefined)[] {
  return rowsOf(table).map((r) => r[field]);
}
