import { errorNowhere } from '../diagnostics/diagnostic.js';
import { dataModelNames, findDataModel } from '../datamodels/catalog.js';
import { rootTableNamed, type RootTable } from '../datamodels/schema.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { openInput } from '../ingest/detect.js';
import type { InputFormat } from '../ingest/record.js';
import { inTransaction, startLoad, withLoadCache, writeSource, type FileSummary, type ProgressListener } from '../ingest/table-writer.js';
import { resolveTimeZone } from '../runtime/time/zone.js';
import type { Dialect } from '../sql/dialects/dialect.js';

export interface IngestInput {
  readonly path: string;
  readonly format?: InputFormat;
}

export interface IngestOptions {
  /** Called with the rows loaded so far (all files), every few thousand rows: for progress displays. */
  readonly onProgress?: ProgressListener;
}

/** `Model` (for a single-root model) or `Model.Root` → the dataset's table. */
export function resolveDataset(name: string): RootTable {
  const found = rootTableNamed(name);
  if (found !== undefined) return found;
  const [modelName = '', rootName] = name.split('.', 2);
  const model = findDataModel(modelName);
  if (!model) throw errorNowhere('unknown-datamodel', `unknown data model "${modelName}"`, [`known data models: ${dataModelNames().join(', ')}`]);
  const which = rootName === undefined ? `${model.name} has several root datasets` : `${model.name} has no root dataset "${rootName}"`;
  throw errorNowhere('unknown-datamodel', `${which}: use one of ${model.roots.map((r) => `${model.name}.${r.name}`).join(', ')}`);
}

/**
 * Loads files into a dataset's table in one transaction: a bad file anywhere
 * rolls everything back, so the database is as it was.
 */
export async function ingest(db: SqliteDatabase, dialect: Dialect, dataset: string, inputs: readonly IngestInput[], options: IngestOptions = {}): Promise<FileSummary[]> {
  const table = resolveDataset(dataset);
  const sources: { path: string; source: Awaited<ReturnType<typeof openInput>> }[] = [];
  for (const input of inputs) sources.push({ path: input.path, source: await openInput(input.path, input.format) });
  // CIM calculations run in UTC with the load's start time as now(); they do not depend on either today.
  const ctx = { now: Math.floor(Date.now() / 1000), timeZone: resolveTimeZone('UTC') };
  return withLoadCache(db, () => inTransaction(db, async () => {
    const finishLoad = startLoad(db, table, dialect);
    const summaries: FileSummary[] = [];
    const listener = options.onProgress;
    let before = 0;
    for (const { path, source } of sources) {
      const summary = await writeSource(db, table, dialect, path, source, ctx, listener && { before, listener });
      summaries.push(summary);
      before += summary.rows;
    }
    finishLoad();
    return summaries;
  }));
}
