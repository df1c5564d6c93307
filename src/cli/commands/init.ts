import type { Argv, CommandModule } from 'yargs';
import { allRootTables } from '../../datamodels/schema.js';
import { openSqlite } from '../../exec/sqlite.js';
import { ensureTable, inTransaction } from '../../ingest/table-writer.js';
import { sqliteDialect } from '../../sql/dialects/sqlite.js';
import { withSource } from '../failure.js';
import type { CliIo } from '../io.js';

interface InitArgs {
  db: string;
}

export function initCommand(io: CliIo): CommandModule<object, InitArgs> {
  return {
    command: 'init',
    describe: 'create a database with an empty table for every CIM data model dataset',
    builder: (y: Argv) =>
      y
        .options({ db: { type: 'string', demandOption: true, describe: 'SQLite database file (created if missing; existing tables are kept)' } })
        .example('$0 init --db cim.db', 'create every table, e.g. "Endpoint.Processes" and "Network_Traffic.All_Traffic"') as unknown as Argv<InitArgs>,
    handler: async (args) => {
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
    },
  };
}
