import { resolve } from 'node:path';
import { parseEngineUrl } from '../../../engines/url.js';
import { DEFAULT_SETTINGS, type TestCase } from '../../../regression/case.js';
import { discoverCases } from '../../../regression/discover.js';
import type { CaseResult } from '../../../regression/run-case.js';
import { childCases, inProcessCases } from '../../case-host.js';
import { SilentFailure, withSource } from '../../failure.js';
import { UsageError, type CliIo } from '../../io.js';
import { listOf } from '../../options.js';
import { printCaseResult, summaryLine, writeReports } from '../../output/test-report.js';
import type { TestArgs } from '../test.js';

export async function testHandler(args: TestArgs, io: CliIo): Promise<void> {
  const cases = await withSource(undefined, () => casesOf(args));
  if (cases.length === 0) throw new UsageError('no test cases found (suites are *.suite.yml files; detection .yml files need a baseline in tests:)');
  const timeout = args.timeout;
  if (timeout !== undefined && !(timeout > 0)) throw new UsageError('--timeout must be a number of seconds, more than 0');
  const runner = timeout === undefined ? await inProcessCases() : childCases(timeout);
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
