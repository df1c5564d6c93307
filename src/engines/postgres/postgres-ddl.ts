import { createHash } from 'node:crypto';
import { indexedColumns, type ColumnSpec, type RootTable } from '../../datamodels/schema.js';
import { postgresDialect } from '../../sql/dialects/postgres.js';

const q = (name: string): string => postgresDialect.quoteIdentifier(name);

/**
 * Column types: text compares by bytes under "C" as SQLite's BINARY does (the
 * dialect relies on it); `_time` is epoch seconds, fractional or whole.
 */
const COLUMN_TYPES: Readonly<Record<ColumnSpec['sqlType'], string>> = {
  TEXT: 'text COLLATE "C"',
  NUMERIC: 'double precision',
  BLOB: 'bytea',
};

/** PostgreSQL cuts identifiers to 63 bytes (NAMEDATALEN - 1), which could make two index names one. */
const MAX_IDENTIFIER_BYTES = 63;

/** The index on one column: `<table>.<column>`, or when that is too long, its start and a hash of the whole. */
export function indexName(table: RootTable, column: string): string {
  const full = `${table.name}.${column}`;
  if (Buffer.byteLength(full) <= MAX_IDENTIFIER_BYTES) return full;
  const hash = createHash('sha256').update(full).digest('hex').slice(0, 12);
  return `${Buffer.from(full).subarray(0, 40).toString('utf8').replace(/\uFFFD+$/, '')}~${hash}`;
}

/** The statements that create a dataset's table and its indexes, each harmless when they exist. */
export function createTableStatements(table: RootTable): string[] {
  const columns = table.columns.map((c) => `${q(c.name)} ${COLUMN_TYPES[c.sqlType]}`);
  return [
    `CREATE TABLE IF NOT EXISTS ${q(table.name)} (${columns.join(', ')})`,
    // B-tree on each IP key: CIDR matches are range scans over the key (schema.ts).
    ...indexedColumns(table).map((column) => `CREATE INDEX IF NOT EXISTS ${q(indexName(table, column))} ON ${q(table.name)} (${q(column)})`),
  ];
}

export function dropTableStatement(table: RootTable): string {
  return `DROP TABLE IF EXISTS ${q(table.name)}`;
}

export function dropSchemaStatement(schema: string): string {
  return `DROP SCHEMA IF EXISTS ${q(schema)} CASCADE`;
}

export function copyStatement(table: RootTable): string {
  return `COPY ${q(table.name)} (${table.columns.map((c) => q(c.name)).join(', ')}) FROM STDIN`;
}
