import { ingestIntoEngine } from '../api/ingest-engine.js';
import { parseDataSpec } from '../api/open-data.js';
import { resolveDataset } from '../api/ingest.js';
import { copyTable } from '../engines/copy.js';
import type { Engine } from '../engines/engine.js';
import { openEngine } from '../engines/open.js';
import type { EngineTarget } from '../engines/url.js';
import { hasTable, openSqlite } from '../exec/sqlite.js';
import { errorNowhere } from '../diagnostics/diagnostic.js';
import type { TestCase } from './case.js';

/**
 * A case's data on an engine: a scratch namespace there (removed when the
 * returned engine closes) holding the case's files, or the table its SQLite
 * `db` holds, loaded as splice ingest loads them. The engine's own tables are
 * never touched.
 */
export async function caseDataOnEngine(testCase: TestCase, table: string, target: Exclude<EngineTarget, { kind: 'sqlite' }>): Promise<Engine> {
  if (testCase.db !== undefined && testCase.data.length > 0) throw errorNowhere('usage-error', `${testCase.name}: give either db or data, not both`);
  if (testCase.db === undefined && testCase.data.length === 0) throw errorNowhere('usage-error', `${testCase.name}: no data (give data files or an ingested db)`);
  const server = await openEngine(target);
  let scratch: Engine;
  try {
    scratch = await server.scratch();
  } finally {
    await server.close();
  }
  try {
    if (testCase.db !== undefined) await copyFromDb(testCase.db, table, scratch);
    const byDataset = new Map<string, string[]>();
    for (const { dataset, path } of testCase.data.map((spec) => parseDataSpec(spec, table))) byDataset.set(dataset, [...(byDataset.get(dataset) ?? []), path]);
    for (const [dataset, paths] of byDataset) await ingestIntoEngine(scratch, dataset, paths.map((path) => ({ path })));
    return scratch;
  } catch (e) {
    await scratch.close();
    throw e;
  }
}

async function copyFromDb(path: string, table: string, engine: Engine): Promise<void> {
  const db = openSqlite(path, 'read');
  try {
    if (!hasTable(db, table)) throw errorNowhere('bad-input', `${path} has no ${table} table`);
    await copyTable(db, resolveDataset(table), engine);
  } finally {
    db.close();
  }
}
