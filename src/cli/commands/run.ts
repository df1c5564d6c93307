import type { Argv, CommandModule } from 'yargs';
import { compile } from '../../api/compile.js';
import { standInLookupWarnings } from '../../api/lookup-warnings.js';
import { streamPlan } from '../../runtime/stream.js';
import { openSqlite } from '../../exec/sqlite.js';
import { lookupsUsed } from '../../plan/lookups-used.js';
import { sqliteDialect } from '../../sql/dialects/sqlite.js';
import { compileOptions, runtimeContext } from '../context.js';
import { openData } from '../data-options.js';
import { withSource } from '../failure.js';
import { renderDiagnostic } from '../render-error.js';
import type { CliIo } from '../io.js';
import { RUN_OPTIONS, SEARCH_OPTIONS } from '../options.js';
import { writeResults, type OutputFormat } from '../../output/format.js';
import { readSpl } from '../spl-input.js';

interface RunArgs {
  spl?: string;
  file?: string;
  macros?: string | string[];
  'strict-macros'?: boolean;
  db?: string;
  data?: string | string[];
  mmdb?: string;
  tz?: string;
  lookups?: string;
  'output-dir'?: string;
  format: string;
}

export function runCommand(io: CliIo): CommandModule<object, RunArgs> {
  return {
    command: 'run [spl]',
    describe: 'run a search over local data and print the rows Splunk would return',
    builder: (y: Argv) =>
      y
        .positional('spl', { type: 'string', describe: 'the search text (or use -f FILE)' })
        .options({ ...SEARCH_OPTIONS, ...RUN_OPTIONS })
        .example('$0 run -f examples/detect_outbound_smb_traffic.spl --data examples/network_traffic.csv', 'run the reference detection on the example flows')
        .example('$0 run "| tstats count from datamodel=Network_Traffic by All_Traffic.dest_port" --db flows.db --format csv', 'count flows by port in an ingested database') as unknown as Argv<RunArgs>,
    handler: async (args) => {
      const source = readSpl(args.spl, args.file);
      await withSource(source, async () => {
        const compiled = compile(source.text, compileOptions(args));
        for (const warning of compiled.warnings) io.stderr(renderDiagnostic(warning, source));
        const ctx = await runtimeContext(args, io, lookupsUsed(compiled.plan));
        for (const warning of standInLookupWarnings(compiled, ctx.lookups)) io.stderr(renderDiagnostic(warning, source));
        // inputlookup reads --lookups only; tstats reads the dataset's table from --db or --data.
        const planSource = compiled.plan.source;
        const db = planSource.kind === 'sql' ? await openData(args, planSource.select.from) : openSqlite(':memory:', 'write');
        try {
          // Rows are written as they are read where the stages allow it (runtime/stream.ts), so the database stays open meanwhile.
          await writeResults(streamPlan(compiled.plan, db, sqliteDialect, ctx), args.format as OutputFormat, { write: io.stdout, ...(io.stdoutBusy ? { busy: io.stdoutBusy } : {}) });
        } finally {
          db.close();
        }
      });
    },
  };
}
