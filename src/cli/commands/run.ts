import type { Argv, CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { LIMIT_OPTIONS, RUN_OPTIONS, SEARCH_OPTIONS } from '../options.js';

export interface RunArgs {
  spl?: string;
  file?: string;
  macros?: string | string[];
  'strict-macros'?: boolean;
  db?: string;
  engine?: string;
  data?: string | string[];
  mmdb?: string;
  tz?: string;
  lookups?: string;
  'output-dir'?: string;
  format: string;
  timeout?: number;
  'max-rows'?: number;
  maxvalues?: number;
}

export function runCommand(io: CliIo): CommandModule<object, RunArgs> {
  return {
    command: 'run [spl]',
    describe: 'run a search over local data and print the rows Splunk would return',
    builder: (y: Argv) =>
      y
        .positional('spl', { type: 'string', describe: 'the search text (or use -f FILE)' })
        .options({ ...SEARCH_OPTIONS, ...RUN_OPTIONS, ...LIMIT_OPTIONS })
        .example('$0 run -f examples/detect_outbound_smb_traffic.spl --data examples/network_traffic.csv', 'run the reference detection on the example flows')
        .example('$0 run "| tstats count from datamodel=Network_Traffic by All_Traffic.dest_port" --db flows.db --format csv', 'count flows by port in an ingested database')
        .example('$0 run -f detection.spl --db flows.db --timeout 60 --max-rows 100', 'give up after a minute; print at most 100 rows') as unknown as Argv<RunArgs>,
    handler: async (args) => (await import('./handlers/run.js')).runHandler(args, io),
  };
}
