import type { Dialect } from './dialect.js';
import { serverDialect, standardCall } from './standard.js';

/**
 * PostgreSQL 15. Text columns are created COLLATE "C", so comparison and
 * ORDER BY go by bytes as SQLite's BINARY does; under "C", lower() folds ASCII
 * letters only, as SQLite's NOCASE and LIKE do
 * (https://www.postgresql.org/docs/15/collation.html, "C" locale).
 */
export const postgresDialect: Dialect = serverDialect({
  name: 'postgres',
  foldAscii: (text) => `lower(CAST(${text} AS text) COLLATE "C")`,
  // json_agg writes the same JSON list as SQLite's json_group_array; as text it decodes the same way.
  jsonList: (call) => `CAST(${standardCall(call, 'json_agg')} AS text)`,
});
