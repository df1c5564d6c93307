/**
 * Parent side of the engine benchmark: the benchmark's SQLite table put into
 * another engine with copyTable (what `splice ingest --engine` does after its
 * own load into SQLite), left to settle, and removed again afterwards.
 */
import { rmSync } from 'node:fs';
import { resolveDataset } from '../../src/api/ingest.js';
import { copyTable } from '../../src/engines/copy.js';
import type { Engine } from '../../src/engines/engine.js';
import { openEngine } from '../../src/engines/open.js';
import { parseEngineUrl, type EngineTarget } from '../../src/engines/url.js';
import { openSqlite } from '../../src/exec/sqlite.js';
import { clickhouseLiteral } from '../../src/sql/dialects/clickhouse.js';
import { BENCH_TABLE } from './protocol.js';

type ServerTarget = Exclude<EngineTarget, { kind: 'sqlite' }>;

export interface EngineLoad {
  /** copyTable, from its call to its return: reading SQLite, converting, sending, the engine storing. */
  readonly seconds: number;
  readonly rowsPerSecond: number;
  /** After the copy, until the engine's background work is done (see settle); untimed for the copy. */
  readonly settleSeconds: number;
}

const table = resolveDataset(BENCH_TABLE);

async function withEngine<T>(url: string, work: (engine: Engine, target: ServerTarget) => Promise<T>): Promise<T> {
  const target = parseEngineUrl(url);
  if (target.kind === 'sqlite') throw new RangeError('SQLite is where the rows come from, not an engine to load');
  const engine = await openEngine(target);
  try {
    return await work(engine, target);
  } finally {
    await engine.close();
  }
}

async function scalar(engine: Engine, sql: string): Promise<string> {
  const [row] = await engine.query({ sql, params: [] });
  return String(row?.[0] ?? '');
}

/** The server's or library's version, for the report. */
export function engineVersion(url: string): Promise<string> {
  return withEngine(url, (engine) => scalar(engine, engine.kind === 'postgres' ? "SELECT current_setting('server_version')" : 'SELECT version()'));
}

/** Removes the benchmark's table from the engine: a DuckDB file is deleted whole, so a rerun starts from an empty file. */
export async function dropBenchTable(url: string): Promise<void> {
  const target = parseEngineUrl(url);
  if (target.kind === 'duckdb') {
    for (const path of [target.file, `${target.file}.wal`]) rmSync(path, { force: true });
    return;
  }
  await withEngine(url, (engine) => engine.dropTable(table));
}

/**
 * Copies the table from the SQLite file into the engine, after dropping it there,
 * and checks the engine then counts every row (on a cluster, through the
 * Distributed table, so both shards).
 */
export async function loadEngine(url: string, sqlitePath: string, rows: number, log: (line: string) => void): Promise<EngineLoad> {
  await dropBenchTable(url);
  return withEngine(url, async (engine, target) => {
    const db = openSqlite(sqlitePath, 'read');
    let seconds: number;
    try {
      const step = Math.max(1, Math.round(rows / 10));
      let next = step;
      const start = performance.now();
      await copyTable(db, table, engine, (copied) => {
        if (copied < next) return;
        log(`${engine.kind}: ${copied} rows copied`);
        next = copied + step;
      });
      seconds = (performance.now() - start) / 1000;
    } finally {
      db.close();
    }
    const settled = performance.now();
    await settle(engine, target, log);
    const settleSeconds = (performance.now() - settled) / 1000;
    const counted = Number(await scalar(engine, `SELECT COUNT(*) FROM ${engine.dialect.quoteIdentifier(table.name)}`));
    if (counted !== rows) throw new Error(`${engine.kind} holds ${counted} rows after the copy, expected ${rows}`);
    return { seconds, rowsPerSecond: rows / seconds, settleSeconds };
  });
}

/**
 * Lets the engine finish the work a bulk load leaves behind, so it does not
 * share the 2 cores with the timed runs: PostgreSQL's VACUUM ANALYZE (what
 * autovacuum would start within a minute: statistics, visibility map, hint
 * bits); ClickHouse's background merges of the parts each insert made, waited
 * for on every shard until none has run for 5 s. DuckDB has nothing pending.
 */
async function settle(engine: Engine, target: ServerTarget, log: (line: string) => void): Promise<void> {
  if (target.kind === 'postgres') {
    log('postgres: VACUUM ANALYZE');
    await engine.query({ sql: `VACUUM ANALYZE ${engine.dialect.quoteIdentifier(table.name)}`, params: [] });
  } else if (target.kind === 'clickhouse') {
    const everyShard = (systemTable: string): string => (target.cluster === undefined ? systemTable : `cluster(${clickhouseLiteral(target.cluster)}, ${systemTable})`);
    const merges = everyShard('system.merges');
    let quietSince = performance.now();
    while (performance.now() - quietSince < 5000) {
      const running = Number(await scalar(engine, `SELECT count() FROM ${merges}`));
      if (running > 0) quietSince = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const parts = await scalar(engine, `SELECT count() FROM ${everyShard('system.parts')} WHERE active AND database = ${clickhouseLiteral(target.database)}`);
    log(`clickhouse: merges done, ${parts} active parts`);
  }
}
