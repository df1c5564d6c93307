import { allRootTables } from '../../../datamodels/schema.js';
import { openSqlite } from '../../../exec/sqlite.js';
import { ensureTable, inTransaction } from '../../../ingest/table-writer.js';
import { sqliteDialect } from '../../../sql/dialects/sqlite.js';
import { withSource } from '../../failure.js';
import type { CliIo } from '../../io.js';
import type { InitArgs } from '../init.js';

export async function initHandler(args: InitArgs, io: CliIo): Promise<void> {
  const tables = allRootTables();
  await withSource(undefined, async () => {
    const db = openSqlite(args.db, 'write');
    try {
      await inTransaction(db, async () => {
        for (const table of tables) ensureTable(db, table, sqliteDialect);
      });
    } finally {
      db.close();
    }
  });
  io.stdout(`${args.db}: ${tables.length} tables (${tables.map((t) => t.name).join(', ')})\n`);
}
