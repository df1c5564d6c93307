import type { Argv, CommandModule } from 'yargs';
import { ingest } from '../../api/ingest.js';
import { openSqlite } from '../../exec/sqlite.js';
import { INPUT_FORMATS, type InputFormat } from '../../ingest/record.js';
import { sqliteDialect } from '../../sql/dialects/sqlite.js';
import { withSource } from '../failure.js';
import type { CliIo } from '../io.js';
import { rowsProgress } from '../output/progress.js';

interface IngestArgs {
  db: string;
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
          db: { type: 'string', demandOption: true, describe: 'SQLite database file (created if missing)' },
          datamodel: { type: 'string', default: 'Network_Traffic', describe: 'CIM data model the rows belong to, as Model or Model.RootDataset (e.g. Endpoint.Processes)' },
          format: { type: 'string', choices: INPUT_FORMATS, describe: 'input format (default: detected from each file\'s content)' },
        })
        .example('$0 ingest --db flows.db conn.log', 'load a Zeek conn.log (TSV or JSON) as Network_Traffic')
        .example('$0 ingest --db flows.db --datamodel Network_Traffic flows.csv', 'load CIM-named CSV (All_Traffic. prefixes optional)') as unknown as Argv<IngestArgs>,
    handler: async (args) => {
      const progress = io.stderrIsTerminal === true ? rowsProgress(io.stderr) : undefined;
      const summaries = await withSource(undefined, async () => {
        const db = openSqlite(args.db, 'write');
        try {
          const inputs = args.inputs.map((path) => ({ path, ...(args.format ? { format: args.format as InputFormat } : {}) }));
          return await ingest(db, sqliteDialect, args.datamodel, inputs, progress ? { onProgress: (rows) => progress.update(rows) } : {});
        } finally {
          progress?.done();
          db.close();
        }
      });
      for (const s of summaries) {
        const notes = [s.rowsWithoutTime > 0 ? `${s.rowsWithoutTime} without a readable time` : '', s.unmappedFields.length > 0 ? `${s.unmappedFields.length} input fields are not ${args.datamodel} fields (${abbreviate(s.unmappedFields)})` : ''].filter((n) => n !== '');
        io.stderr(`${s.file}: ${s.rows} rows (${s.format})${notes.length > 0 ? `; ${notes.join('; ')}` : ''}\n`);
      }
      io.stdout(`loaded ${summaries.reduce((n, s) => n + s.rows, 0)} rows into ${args.db} (${args.datamodel})\n`);
    },
  };
}

function abbreviate(names: readonly string[]): string {
  return names.length <= 6 ? names.join(', ') : `${names.slice(0, 6).join(', ')}, …`;
}
