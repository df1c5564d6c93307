import { resolve } from 'node:path';
import type { Argv, CommandModule } from 'yargs';
import { DEFAULT_SETTINGS, type TestCase } from '../../regression/case.js';
import { discoverCases } from '../../regression/discover.js';
import { parseEngineUrl } from '../../engines/url.js';
import type { CaseResult } from '../../regression/run-case.js';
import { childCases, inProcessCases } from '../case-host.js';
import { SilentFailure, withSource } from '../failure.js';
import { UsageError, type CliIo } from '../io.js';
import { LIMIT_OPTIONS, listOf, RUN_OPTIONS, SEARCH_OPTIONS } from '../options.js';
import { printCaseResult, summaryLine, writeReports } from '../output/test-report.js';

interface TestArgs {
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
    handler: async (args) => {
      const cases = await withSource(undefined, () => casesOf(args));
      if (cases.length === 0) throw new UsageError('no test cases found (suites are *.suite.yml files; detection .yml files need a baseline in tests:)');
      const timeout = args.timeout;
      if (timeout !== undefined && !(timeout > 0)) throw new UsageError('--timeout must be a number of seconds, more than 0');
      const runner = timeout === undefined ? inProcessCases() : childCases(timeout);
      // A malformed URL stops the run before any case starts.
      if (args.engine !== undefined) parseEngineUrl(args.engine);
      const options = { update: args.update, env: { ...io.env }, now: Math.floor(Date.now() / 1000), ...(args.engine === undefined ? {} : { engine: args.engine }) };
      const results: CaseResult[] = [];
      try {
        for (const testCase of cases) {
          const result = await runner.run(testCase, options);
          results.push(result);
          io.stdout(printCaseResult(result, io.colour));
        }
      } finally {
        await runner.close();
      }
      writeReports(results, { ...(args.junit ? { junit: args.junit } : {}), ...(args.json ? { json: args.json } : {}) });
      io.stdout(`${summaryLine(results)}\n`);
      if (results.some((r) => r.outcome.status === 'fail' || r.outcome.status === 'error')) throw new SilentFailure();
    },
  };
}

/** The cases to run: the suites named, or the one case the flags describe. */
function casesOf(args: TestArgs): TestCase[] {
  const suites = args.suites ?? [];
  const singleFlags = (['file', 'baseline', 'data', 'db', 'macros', 'lookups', 'mmdb', 'tz', 'ordered', 'ignore', 'keep', 'tolerance'] as const).filter((k) => args[k] !== undefined);
  if (suites.length > 0) {
    if (singleFlags.length > 0) throw new UsageError(`--${singleFlags[0]} describes a single case (with -f); suites set it per case`);
    return discoverCases(suites);
  }
  if (args.file === undefined) throw new UsageError('give suites (files or folders), or one case with -f FILE --baseline FILE and --data or --db');
  if (args.baseline === undefined) throw new UsageError('-f needs --baseline FILE: the results Splunk returned for that search');
  if (args.db !== undefined && listOf(args.data).length > 0) throw new UsageError('use either --db FILE or --data FILE…, not both');
  if (args.tolerance !== undefined && !(args.tolerance >= 0)) throw new UsageError('--tolerance must be a number, 0 or more');
  const fields = (v: string | string[] | undefined): string[] => listOf(v).flatMap((s) => s.split(',')).map((s) => s.trim()).filter((s) => s !== '');
  return [{
    name: args.file,
    origin: '<command line>',
    search: { file: resolve(args.file) },
    data: listOf(args.data),
    baseline: resolve(args.baseline),
    macros: listOf(args.macros),
    ...(args.db !== undefined ? { db: args.db } : {}),
    ...(args.lookups !== undefined ? { lookups: args.lookups } : {}),
    ...(args.mmdb !== undefined ? { mmdb: args.mmdb } : {}),
    ...(args.tz !== undefined ? { tz: args.tz } : {}),
    settings: {
      ...DEFAULT_SETTINGS,
      ...(args.ordered !== undefined ? { ordered: args.ordered } : {}),
      ignore: fields(args.ignore),
      keep: fields(args.keep),
      tolerance: args.tolerance ?? 0,
    },
  }];
}
