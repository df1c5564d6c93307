import type { RootTable } from '../datamodels/schema.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import type { PrintedSql } from '../sql/print.js';

/** Engines splice runs searches on besides SQLite, which stays the built-in default. */
export type EngineKind = 'duckdb' | 'postgres' | 'clickhouse';

/**
 * A cell as SQLite's better-sqlite3 gives it: text, a number, bytes, or null.
 * Every engine's results are turned into these, so the runtime decodes one
 * form (a values() list is JSON text, as SQLite's json_group_array writes it).
 */
export type Cell = string | number | Uint8Array | null;

/**
 * A SQL engine with splice's data-model tables in it. Library code: it throws
 * SpliceError for what the user can fix (a server that does not answer, a
 * table that is missing) and never prints.
 */
export interface Engine {
  readonly kind: EngineKind;
  readonly dialect: Dialect;
  /** The engine's URL without credentials, for messages. */
  readonly label: string;
  /** Runs one printed query; each row's cells in select-column order. */
  query(printed: PrintedSql): Promise<Cell[][]>;
  hasTable(name: string): Promise<boolean>;
  /** Creates the dataset's table if it is missing (on a cluster: each shard's table, and a Distributed table over them). */
  createTable(table: RootTable): Promise<void>;
  /** Removes the dataset's table (and its shard tables) if present. */
  dropTable(table: RootTable): Promise<void>;
  /** Appends rows, each with one cell per column of `table.columns`, in that order. */
  insert(table: RootTable, rows: readonly (readonly Cell[])[]): Promise<void>;
  /**
   * A fresh, empty namespace on the same server (a PostgreSQL schema, a
   * ClickHouse database on every shard, a DuckDB in memory), removed when the
   * returned engine closes: `splice test --engine` loads each case's data there.
   */
  scratch(): Promise<Engine>;
  close(): Promise<void>;
}
