import type { Engine } from './engine.js';
import type { EngineTarget } from './url.js';

/**
 * Connects to an engine other than SQLite. Each engine's client loads only
 * when it is asked for, so a SQLite search never pays for the others.
 */
export async function openEngine(target: Exclude<EngineTarget, { kind: 'sqlite' }>): Promise<Engine> {
  switch (target.kind) {
    case 'duckdb':
      return (await import('./duckdb/duckdb-engine.js')).openDuckDb(target.file);
    case 'postgres':
      return (await import('./postgres/postgres-engine.js')).openPostgres(target.url);
    case 'clickhouse':
      return (await import('./clickhouse/clickhouse-engine.js')).openClickHouse(target);
  }
}
