import type { Argv, CommandModule } from 'yargs';
import type { CliIo } from '../io.js';
import { LIMIT_OPTIONS, RUN_OPTIONS, SEARCH_OPTIONS } from '../options.js';

export interface TestArgs {
  suites?: string[];
  file?: string;
  macros?: string | string[];
  db?: string;
  engine?: string;
  data?: string | string[];
  mmdb?: string;
  tz?: string;
  lookups?: string;
  baseline?: string;
  ordered?: boolean;
  ignore?: string | string[];
  keep?: string | string[];
  tolerance?: number;
  update: boolean;
  junit?: string;
  json?: string;
  timeout?: number;
}

const { format: _format, 'output-dir': _outputDir, ...DATA_OPTIONS } = RUN_OPTIONS;

export function testCommand(io: CliIo): CommandModule<object, TestArgs> {
  return {
    command: 'test [suites..]',
    describe: 'run detections over data and compare their rows with baselines exported from Splunk',
    builder: (y: Argv) =>
      y
        .positional('suites', { type: 'string', array: true, describe: 'suite files (*.suite.yml), detection .yml files with baselines in tests:, or folders holding them' })
        .options({
          file: SEARCH_OPTIONS.file,
          macros: SEARCH_OPTIONS.macros,
          ...DATA_OPTIONS,
          baseline: { type: 'string', describe: 'with -f: the results Splunk returned (CSV export, REST JSON, or JSON lines)' },
          ordered: { type: 'boolean', describe: 'compare rows in order (default: only when the search ends in sort; --no-ordered to never)' },
          ignore: { type: 'string', describe: 'fields to leave out of the comparison, comma-separated (repeatable)' },
          keep: { type: 'string', describe: 'fields starting with _ to compare anyway, e.g. _time (others are ignored)' },
          tolerance: { type: 'number', describe: 'numbers within this distance are equal (default 0: exact)' },
          update: { type: 'boolean', default: false, describe: 'write the current results as the baselines (Splunk CSV) instead of comparing' },
          junit: { type: 'string', describe: 'also write a JUnit XML report to this file' },
          json: { type: 'string', describe: 'also write a JSON report (every case, its status and diff) to this file' },
          timeout: { ...LIMIT_OPTIONS.timeout, describe: 'stop each case\'s search after this many seconds: the case fails with error[timeout] (cases then run in a child process)' },
        })
        .example('$0 test -f detection.spl --data flows.csv --baseline splunk_results.csv', 'compare one detection\'s rows with what Splunk returned')
        .example('$0 test examples/regression --junit report.xml', 'run every suite in a folder, with a report for CI')
        .example('$0 test examples/regression --engine postgres://splice@127.0.0.1:54329/splice', 'the same cases on PostgreSQL: each case\'s data goes into a scratch schema there')
        .example('$0 test -f detection.spl --data flows.csv --baseline expected.csv --update', 'record the current results as the baseline') as unknown as Argv<TestArgs>,
    handler: async (args) => (await import('./handlers/test.js')).testHandler(args, io),
  };
}
