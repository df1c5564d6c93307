import { clickhouseDialect } from '../sql/dialects/clickhouse.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import { duckdbDialect } from '../sql/dialects/duckdb.js';
import { postgresDialect } from '../sql/dialects/postgres.js';
import { sqliteDialect } from '../sql/dialects/sqlite.js';
import type { EngineTarget } from './url.js';

/** The SQL an engine is written in; no connection is needed to print it (splice translate --engine). */
export function dialectFor(target: EngineTarget): Dialect {
  switch (target.kind) {
    case 'sqlite':
      return sqliteDialect;
    case 'duckdb':
      return duckdbDialect;
    case 'postgres':
      return postgresDialect;
    case 'clickhouse':
      return clickhouseDialect;
  }
}
