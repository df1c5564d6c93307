import type { Argv, CommandModule } from 'yargs';
import { withSource } from '../failure.js';
import { UsageError, type CliIo } from '../io.js';
import { LIMIT_OPTIONS, RUN_OPTIONS, SEARCH_OPTIONS } from '../options.js';
import { runSearch, type RunFlags } from '../run-search.js';
import { runSearchInChild } from '../search-host.js';
import { readSpl } from '../spl-input.js';

interface RunArgs {
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
    handler: async (args) => {
      const source = readSpl(args.spl, args.file);
      const flags = runFlags(args);
      const timeout = args.timeout;
      if (timeout !== undefined && !(timeout > 0)) throw new UsageError('--timeout must be a number of seconds, more than 0');
      // Without --timeout the search runs here, as it always did; with it, in a child process that can be killed at the deadline.
      await withSource(source, () => (timeout === undefined ? runSearch(source, flags, io) : runSearchInChild(source, flags, io, timeout)));
    },
  };
}

/** The flags the search needs, checked. yargs' arguments are plain data, so they can go to a child process as they are. */
function runFlags(args: RunArgs): RunFlags {
  const maxRows = args['max-rows'];
  if (maxRows !== undefined && !(Number.isInteger(maxRows) && maxRows >= 1)) throw new UsageError('--max-rows must be a whole number, 1 or more');
  const maxvalues = args.maxvalues;
  if (maxvalues !== undefined && !(Number.isInteger(maxvalues) && maxvalues >= 0)) throw new UsageError('--maxvalues must be a whole number, 0 (no cap) or more');
  return args;
}
