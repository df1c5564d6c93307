import { loadDataFiles, openIngestedDatabase } from '../api/open-data.js';
import { openEngineData, type SearchData } from '../api/search-data.js';
import { parseEngineUrl } from '../engines/url.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { UsageError } from './io.js';
import { listOf } from './options.js';

/** The flags that say where a search's data is. */
export interface DataFlags {
  readonly db?: string;
  readonly data?: string | readonly string[];
  readonly engine?: string;
}

/**
 * Opens `--db` read-only, or loads `--data` files into a fresh in-memory
 * database. `table` is the dataset table the search reads ("Model.Root").
 */
export async function openData(flags: DataFlags, table: string): Promise<SqliteDatabase> {
  const data = listOf(flags.data);
  if (flags.db !== undefined && data.length > 0) throw new UsageError('use either --db FILE or --data FILE…, not both');
  if (flags.db !== undefined) return openIngestedDatabase(flags.db, table);
  if (data.length === 0) throw new UsageError('no data: give --db FILE (from splice ingest), --data FILE, or --engine URL');
  return loadDataFiles(data, table);
}

/** Like openData, and `--engine URL` opens that engine (`sqlite:FILE` is --db FILE). */
export async function openSearchData(flags: DataFlags, table: string): Promise<SearchData> {
  if (flags.engine === undefined) return { kind: 'sqlite', db: await openData(flags, table) };
  if (flags.db !== undefined || listOf(flags.data).length > 0) {
    throw new UsageError('use --engine URL alone: load files into an engine first with splice ingest --engine URL');
  }
  return openEngineData(parseEngineUrl(flags.engine), table);
}
