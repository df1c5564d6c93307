import type { Argv, CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { SEARCH_OPTIONS } from '../options.js';

export interface TranslateArgs {
  spl?: string;
  file?: string;
  macros?: string | string[];
  'strict-macros'?: boolean;
  json?: boolean;
  explain?: boolean;
  db?: string;
  engine?: string;
  tz?: string;
}

export function translateCommand(io: CliIo): CommandModule<object, TranslateArgs> {
  return {
    command: 'translate [spl]',
    describe: 'show the SQL a search becomes, its bound parameters, and the stages that run in splice after it',
    builder: (y: Argv) =>
      y
        .positional('spl', { type: 'string', describe: 'the search text (or use -f FILE)' })
        .options({
          ...SEARCH_OPTIONS,
          json: { type: 'boolean', default: false, describe: 'print {sql, params, runtime} as JSON' },
          explain: { type: 'boolean', default: false, describe: 'also print SQLite\'s query plan (EXPLAIN QUERY PLAN) for the SQL' },
          db: { type: 'string', describe: 'with --explain: plan against this database (its indexes and statistics); else against empty tables as ingest makes them' },
          engine: { type: 'string', describe: 'print the SQL for this engine (a URL as for run: duckdb:…, postgres://…, clickhouse://…; no connection is made); default SQLite' },
          tz: { type: 'string', describe: 'with --engine: the time zone the search will run in, as run --tz (in UTC, time bins are SQL on every engine); default this machine\'s zone' },
        })
        .example('$0 translate -f examples/detect_outbound_smb_traffic.spl', 'show the SQLite query for the reference detection')
        .example('$0 translate --engine clickhouse://127.0.0.1:8124/splice -f examples/detect_outbound_smb_traffic.spl', 'show the ClickHouse query for it')
        .example('$0 translate --explain --db flows.db "| tstats count from datamodel=Network_Traffic where All_Traffic.src_ip=10.1.2.0/24"', 'check that a narrow CIDR filter reads an index') as unknown as Argv<TranslateArgs>,
    handler: async (args) => (await import('./handlers/translate.js')).translateHandler(args, io),
  };
}
