import type { SqliteDatabase } from '../exec/sqlite.js';
import { registerSearchFunctions } from '../exec/udfs.js';
import type { SqlSource } from '../plan/plan.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import { printSelect } from '../sql/print.js';
import type { TimeZone } from './time/zone.js';

/**
 * Where a plan's SQL runs. `cells` gives each result row's cells in the
 * source's column order, in SQLite's forms: numbers, text, a values() list as
 * JSON text, NULL as null. The runtime decodes them the same way whatever
 * engine produced them.
 */
export interface SqlRunner {
  cells(source: SqlSource): Iterable<readonly unknown[]>;
}

/**
 * SQL run on a SQLite database as the rows are pulled. The statement is
 * prepared when `cells` is called, so SQL errors surface before any row is read.
 */
export function sqliteRunner(db: SqliteDatabase, dialect: Dialect, zone: TimeZone): SqlRunner {
  registerSearchFunctions(db, zone);
  return {
    cells(source) {
      const printed = printSelect(source.select, dialect);
      const statement = db.prepare(printed.sql).raw(true);
      return { [Symbol.iterator]: () => (statement.iterate(...printed.params) as Iterable<unknown[]>)[Symbol.iterator]() };
    },
  };
}
