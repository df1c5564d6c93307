import type { Dialect } from './dialect.js';
import { serverDialect, standardCall } from './standard.js';

/**
 * DuckDB 1.5. VARCHAR compares and sorts by bytes (no collation is set), as
 * SQLite's BINARY does. lower() folds Unicode, and LIKE is case-sensitive, so
 * ASCII folding is written with translate(), which folds exactly SQLite's
 * NOCASE letters (A-Z).
 */
export const duckdbDialect: Dialect = serverDialect({
  name: 'duckdb',
  foldAscii: (text) => `translate(${text}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')`,
  // list() → to_json writes the same compact JSON list as SQLite's json_group_array.
  jsonList: (call) => `CAST(to_json(${standardCall(call, 'list')}) AS VARCHAR)`,
});
