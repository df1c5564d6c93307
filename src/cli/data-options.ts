import type { Pipeline } from '../ast/nodes.js';
import { errorNowhere } from '../diagnostics/diagnostic.js';
import { findDataModel } from '../datamodels/catalog.js';
import { tableName } from '../datamodels/schema.js';
import { hasTable, openSqlite, type SqliteDatabase } from '../exec/sqlite.js';
import { ingest } from '../api/ingest.js';
import { sqliteDialect } from '../sql/dialects/sqlite.js';
import { UsageError } from './io.js';
import { listOf } from './options.js';

const DEFAULT_MODEL = 'Network_Traffic';

/** `--data [DM=]FILE`: a data model name before `=` picks the model; otherwise the search's own. */
export function parseDataFlag(value: string, fallbackModel: string): { model: string; path: string } {
  const m = /^([A-Za-z][\w]*)=(.+)$/.exec(value);
  if (m && findDataModel(m[1] ?? '')) return { model: m[1] ?? '', path: m[2] ?? '' };
  return { model: fallbackModel, path: value };
}

/** The data model the pipeline reads, for `--data` files without an explicit model. */
export function modelOfPipeline(pipeline: Pipeline): string {
  const first = pipeline.commands[0];
  return first?.kind === 'tstats' && first.from ? first.from.datamodel.text : DEFAULT_MODEL;
}

/** Opens `--db` read-only, or loads `--data` files into a fresh in-memory database. */
export async function openData(flags: { db?: string; data?: string | readonly string[] }, model: string): Promise<SqliteDatabase> {
  const data = listOf(flags.data);
  if (flags.db !== undefined && data.length > 0) throw new UsageError('use either --db FILE or --data FILE…, not both');
  if (flags.db !== undefined) {
    const db = openSqlite(flags.db, 'read');
    const dm = findDataModel(model);
    if (dm && !hasTable(db, tableName(dm))) {
      throw errorNowhere('bad-input', `${flags.db} has no ${dm.name} table`, [`load data first: splice ingest --db ${flags.db} --datamodel ${dm.name} FILE…`]);
    }
    return db;
  }
  if (data.length === 0) throw new UsageError('no data: give --db FILE (from splice ingest) or --data FILE');
  const db = openSqlite(':memory:', 'write');
  const byModel = new Map<string, string[]>();
  for (const d of data.map((v) => parseDataFlag(v, model))) byModel.set(d.model, [...(byModel.get(d.model) ?? []), d.path]);
  for (const [dm, paths] of byModel) await ingest(db, sqliteDialect, dm, paths.map((path) => ({ path })));
  return db;
}
