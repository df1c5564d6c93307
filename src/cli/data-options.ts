import { loadDataFiles, openIngestedDatabase } from '../api/open-data.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { UsageError } from './io.js';
import { listOf } from './options.js';

/**
 * Opens `--db` read-only, or loads `--data` files into a fresh in-memory
 * database. `table` is the dataset table the search reads ("Model.Root").
 */
export async function openData(flags: { db?: string; data?: string | readonly string[] }, table: string): Promise<SqliteDatabase> {
  const data = listOf(flags.data);
  if (flags.db !== undefined && data.length > 0) throw new UsageError('use either --db FILE or --data FILE…, not both');
  if (flags.db !== undefined) return openIngestedDatabase(flags.db, table);
  if (data.length === 0) throw new UsageError('no data: give --db FILE (from splice ingest) or --data FILE');
  return loadDataFiles(data, table);
}
