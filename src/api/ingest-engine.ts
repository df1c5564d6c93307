import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyTable } from '../engines/copy.js';
import type { Engine } from '../engines/engine.js';
import { openSqlite } from '../exec/sqlite.js';
import type { FileSummary } from '../ingest/table-writer.js';
import { sqliteDialect } from '../sql/dialects/sqlite.js';
import { ingest, resolveDataset, type IngestInput, type IngestOptions } from './ingest.js';

/**
 * Loads files into a dataset's table on an engine. The files go through
 * splice's own ingest first (into a scratch SQLite file: formats, CIM field
 * names, calculated fields, IP keys), and that table is copied, so every
 * engine stores exactly the values a SQLite load would. A bad file stops the
 * load before anything reaches the engine; a failure while copying can leave
 * the rows copied so far (ClickHouse has no transactions to undo them).
 */
export async function ingestIntoEngine(engine: Engine, dataset: string, inputs: readonly IngestInput[], options: IngestOptions = {}): Promise<FileSummary[]> {
  const table = resolveDataset(dataset);
  const dir = mkdtempSync(join(tmpdir(), 'splice-stage-'));
  const db = openSqlite(join(dir, 'stage.db'), 'write');
  try {
    const summaries = await ingest(db, sqliteDialect, dataset, inputs, options);
    await copyTable(db, table, engine);
    return summaries;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
