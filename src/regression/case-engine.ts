import { ingestIntoEngine } from '../api/ingest-engine.js';
import { filesByDataset } from '../api/open-data.js';
import { resolveDataset } from '../api/ingest.js';
import { copyTable } from '../engines/copy.js';
import type { Engine } from '../engines/engine.js';
import { openEngine } from '../engines/open.js';
import type { EngineTarget } from '../engines/url.js';
import { hasTable, openSqlite } from '../exec/sqlite.js';
import { errorNowhere } from '../diagnostics/diagnostic.js';
import type { TestCase } from './case.js';

/**
 * A case's data on an engine (the case names db or data, checked by run-case.ts): a scratch namespace there (removed when the
 * returned engine closes) holding the case's files, or the table its SQLite
 * `db` holds, loaded as splice ingest loads them. The engine's own tables are
 * never touched.
 */
export async function caseDataOnEngine(testCase: TestCase, table: string, target: Exclude<EngineTarget, { kind: 'sqlite' }>): Promise<Engine> {
  const server = await openEngine(target);
  let scratch: Engine;
  try {
    scratch = await server.scratch();
  } finally {
    await server.close();
  }
  try {
    if (testCase.db !== undefined) await copyFromDb(testCase.db, table, scratch);
    for (const [dataset, paths] of filesByDataset(testCase.data, table)) await ingestIntoEngine(scratch, dataset, paths.map((path) => ({ path })));
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
