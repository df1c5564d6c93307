import { errorNowhere } from '../diagnostics/diagnostic.js';
import { findDataModel, dataModelNames } from '../datamodels/catalog.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { openInput } from '../ingest/detect.js';
import type { InputFormat } from '../ingest/record.js';
import { ensureTable, inTransaction, writeSource, type FileSummary } from '../ingest/table-writer.js';
import type { Dialect } from '../sql/dialects/dialect.js';

export interface IngestInput {
  readonly path: string;
  readonly format?: InputFormat;
}

/**
 * Loads files into a data model's table in one transaction: a bad file anywhere
 * rolls everything back, so the database is as it was.
 */
export async function ingest(db: SqliteDatabase, dialect: Dialect, datamodel: string, inputs: readonly IngestInput[]): Promise<FileSummary[]> {
  const model = findDataModel(datamodel);
  if (!model) throw errorNowhere('unknown-datamodel', `unknown data model "${datamodel}"`, [`known data models: ${dataModelNames().join(', ')}`]);
  const sources: { path: string; source: Awaited<ReturnType<typeof openInput>> }[] = [];
  for (const input of inputs) sources.push({ path: input.path, source: await openInput(input.path, input.format) });
  return inTransaction(db, async () => {
    ensureTable(db, model, dialect);
    const summaries: FileSummary[] = [];
    for (const { path, source } of sources) summaries.push(await writeSource(db, model, dialect, path, source));
    return summaries;
  });
}
