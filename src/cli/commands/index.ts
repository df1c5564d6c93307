import type { Argv, CommandModule } from 'yargs';
import type { CliIo } from '../io.js';

export interface IndexArgs {
  db: string;
  datamodel?: string | string[];
}

export function indexCommand(io: CliIo): CommandModule<object, IndexArgs> {
  return {
    command: 'index',
    describe: 'index the IP-key columns of a database\'s dataset tables and gather SQLite\'s statistics, so narrow CIDR filters read only their range',
    builder: (y: Argv) =>
      y
        .options({
          db: { type: 'string', demandOption: true, describe: 'SQLite database made by `splice ingest` or `splice gen`' },
          datamodel: { type: 'string', describe: 'Model (all its root datasets) or Model.RootDataset; repeatable (default: every dataset table in the database)' },
        })
        .example('$0 index --db flows.db', 'index every dataset table in flows.db')
        .example('$0 index --db cim.db --datamodel Network_Traffic', 'only the Network_Traffic tables') as unknown as Argv<IndexArgs>,
    handler: async (args) => (await import('./handlers/index.js')).indexHandler(args, io),
  };
}
