import { existsSync } from 'node:fs';
import { resolveDataset } from '../../../api/ingest.js';
import { findDataModel } from '../../../datamodels/catalog.js';
import { allRootTables, rootTable, type RootTable } from '../../../datamodels/schema.js';
import { indexTable } from '../../../exec/indexes.js';
import { hasTable, openSqlite } from '../../../exec/sqlite.js';
import { sqliteDialect } from '../../../sql/dialects/sqlite.js';
import { withSource } from '../../failure.js';
import { UsageError, type CliIo } from '../../io.js';
import { listOf } from '../../options.js';
import type { IndexArgs } from '../index.js';

export async function indexHandler(args: IndexArgs, io: CliIo): Promise<void> {
  if (!existsSync(args.db)) throw new UsageError(`no database ${args.db}: make one with splice ingest or splice gen`);
  const summaries = await withSource(undefined, () => {
    const db = openSqlite(args.db, 'write');
    try {
      const named = listOf(args.datamodel);
      const tables = (named.length > 0 ? selectTables(named) : allRootTables()).filter((t) => hasTable(db, t.name));
      if (named.length > 0 && tables.length === 0) throw new UsageError(`${args.db} has none of the tables of ${named.join(', ')}`);
      return tables.map((table) => indexTable(db, table, sqliteDialect));
    } finally {
      db.close();
    }
  });
  for (const s of summaries) {
    const count = s.created.length + s.existing.length;
    io.stdout(`${s.table}: ${count} IP-key ${count === 1 ? 'index' : 'indexes'} (${s.created.length} new) and planner statistics in ${s.seconds.toFixed(2)} s\n`);
  }
  if (summaries.length === 0) io.stdout(`${args.db}: no dataset tables to index\n`);
}

/** `Model` means every root dataset of the model; `Model.Root` one. */
function selectTables(names: readonly string[]): RootTable[] {
  const out = new Map<string, RootTable>();
  for (const name of names) {
    const model = name.includes('.') ? undefined : findDataModel(name);
    const tables = model ? model.roots.map((root) => rootTable(model, root)) : [resolveDataset(name)];
    for (const table of tables) out.set(table.name, table);
  }
  return [...out.values()];
}
