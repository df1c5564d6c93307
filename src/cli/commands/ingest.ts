import type { Argv, CommandModule } from 'yargs';
import { INPUT_FORMATS } from '../../ingest/record.js';
import type { CliIo } from '../io.js';
import { ENGINE_OPTION } from '../options.js';

export interface IngestArgs {
  db?: string;
  engine?: string;
  datamodel: string;
  inputs: string[];
  format?: string;
}

export function ingestCommand(io: CliIo): CommandModule<object, IngestArgs> {
  return {
    command: 'ingest <inputs..>',
    describe: 'load CSV, JSON, NDJSON or Zeek conn.log files into a data model table (all or nothing)',
    builder: (y: Argv) =>
      y
        .positional('inputs', { type: 'string', array: true, describe: 'data files' })
        .options({
          db: { type: 'string', describe: 'SQLite database file (created if missing)' },
          ...ENGINE_OPTION,
          datamodel: { type: 'string', default: 'Network_Traffic', describe: 'CIM data model the rows belong to, as Model or Model.RootDataset (e.g. Endpoint.Processes)' },
          format: { type: 'string', choices: INPUT_FORMATS, describe: 'input format (default: detected from each file\'s content)' },
        })
        .example('$0 ingest --db flows.db conn.log', 'load a Zeek conn.log (TSV or JSON) as Network_Traffic')
        .example('$0 ingest --db flows.db --datamodel Network_Traffic flows.csv', 'load CIM-named CSV (All_Traffic. prefixes optional)')
        .example('$0 ingest --engine postgres://splice@127.0.0.1:54329/splice flows.csv', 'load into PostgreSQL (the table is created there)') as unknown as Argv<IngestArgs>,
    handler: async (args) => (await import('./handlers/ingest.js')).ingestHandler(args, io),
  };
}
