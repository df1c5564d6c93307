import type { SqlPlacement } from '../../engines/placement.js';
import type { SqlValue } from '../../sql/ast.js';
import type { Dialect } from '../../sql/dialects/dialect.js';
import { sqliteDialect } from '../../sql/dialects/sqlite.js';
import { printSelect, type PrintedSql } from '../../sql/print.js';

/** The SQL of a search for one engine: what the engine runs, and what splice's own SQLite runs after it (a split). */
export interface TranslatedSql {
  readonly engine: PrintedSql;
  readonly local?: { readonly sql: PrintedSql; readonly reason: string };
}

export function translatedSql(placement: SqlPlacement, dialect: Dialect): TranslatedSql {
  if (placement.kind === 'engine') return { engine: printSelect(placement.select, dialect) };
  return { engine: printSelect(placement.scan, dialect), local: { sql: printSelect(placement.local, sqliteDialect), reason: placement.reason } };
}

/** Parameters as SQL literals for people to read; the query itself always binds them. */
export function showValue(value: SqlValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  return `x'${Buffer.from(value).toString('hex')}'`;
}

/** `-- ` lines: the engine's SQL and parameters, then the local part of a split. */
export function sqlLines(translated: TranslatedSql, dialect: Dialect): string[] {
  const { engine, local } = translated;
  const heading = local === undefined ? `-- SQL (${dialect.name}), from tstats:` : `-- SQL (${dialect.name}), from tstats: a scan (${dialect.name} cannot write ${local.reason} exactly)`;
  const lines = [heading, `${engine.sql};`, ...paramLines(engine, dialect)];
  if (local !== undefined) {
    lines.push(`-- then splice runs the search's SQL on the scanned rows, in its own SQLite:`, `${local.sql.sql};`, ...paramLines(local.sql, sqliteDialect));
  }
  return lines;
}

function paramLines(printed: PrintedSql, dialect: Dialect): string[] {
  if (printed.params.length === 0) return [];
  const name = (i: number): string => (dialect.name === 'sqlite' ? `?${i + 1}` : `$${i + 1}`);
  return ['-- parameters:', ...printed.params.map((p, i) => `--   ${name(i)} = ${showValue(p)}`)];
}
