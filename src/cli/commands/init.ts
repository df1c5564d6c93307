import type { Argv, CommandModule } from 'yargs';
import type { CliIo } from '../io.js';

export interface InitArgs {
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
    handler: async (args) => (await import('./handlers/init.js')).initHandler(args, io),
  };
}
