/**
 * Child-process task: the reference detection on any engine, as `splice run
 * --engine URL` does it: compile, open the engine (a SQLite file read-only, a
 * DuckDB file, a PostgreSQL connection, ClickHouse over HTTP), runSearchOn
 * (the engine's SQL, then rename, convert and iplocation on the result rows).
 * The clock starts before compile and stops when the result table is complete;
 * module loading, the engine's client included, is outside it, as in the
 * other detection tasks. The time zone is UTC so every engine's ctime text matches.
 */
import { compile } from '../../src/api/compile.js';
import { createRuntimeContext } from '../../src/api/runtime-context.js';
import { closeSearchData, openEngineData, runSearchOn } from '../../src/api/search-data.js';
import { parseEngineUrl, type EngineTarget } from '../../src/engines/url.js';
import { NO_LOOKUPS } from '../../src/lookups/store.js';
import { BENCH_TABLE, type TaskResult } from './protocol.js';
import { tableResultRows, writeResultRows } from './result-rows.js';

/** openEngine imports an engine's client on first use; importing it here first keeps that load off the clock. */
async function loadEngineModule(kind: EngineTarget['kind']): Promise<void> {
  switch (kind) {
    case 'sqlite':
      return;
    case 'duckdb':
      await import('../../src/engines/duckdb/duckdb-engine.js');
      return;
    case 'postgres':
      await import('../../src/engines/postgres/postgres-engine.js');
      return;
    case 'clickhouse':
      await import('../../src/engines/clickhouse/clickhouse-engine.js');
      return;
  }
}

export async function detectEngineTask(url: string, spl: string, rowsOut: string): Promise<TaskResult> {
  const target = parseEngineUrl(url);
  await loadEngineModule(target.kind);
  const start = performance.now();
  const compiled = compile(spl);
  const compiledAt = performance.now();
  const data = await openEngineData(target, BENCH_TABLE);
  const openedAt = performance.now();
  try {
    const ctx = createRuntimeContext({ tz: 'UTC', lookups: NO_LOOKUPS, env: process.env });
    const table = await runSearchOn(compiled.plan, data, ctx);
    const ms = performance.now() - start;
    const rows = tableResultRows(table);
    writeResultRows(rowsOut, rows);
    return { ms, rows: rows.length, parts: { compile: compiledAt - start, open: openedAt - compiledAt, run: ms - (openedAt - start) } };
  } finally {
    await closeSearchData(data);
  }
}
