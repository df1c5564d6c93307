import type { TestCase } from '../regression/case.js';
import type { CaseResult, RunOptions } from '../regression/run-case.js';
import { caseFromWire } from './child-protocol.js';
import { isTimeout, SearchProcess } from './search-host.js';

/** Runs `splice test`'s cases one after another. */
export interface CaseRunner {
  run(testCase: TestCase, options: RunOptions): Promise<CaseResult>;
  close(): Promise<void>;
}

/**
 * Without --timeout: in the CLI's process, sharing macros and lookups between
 * cases. Loaded here, so that under --timeout only the child loads the runtime.
 */
export async function inProcessCases(): Promise<CaseRunner> {
  const { CaseResources, runCase } = await import('../regression/run-case.js');
  const resources = new CaseResources();
  return { run: (testCase, options) => runCase(testCase, options, resources), close: () => Promise.resolve() };
}

/** A case prints nothing while it runs; its result is printed after it. */
const SILENT = { stdout: () => undefined, stderr: () => undefined };

/**
 * With --timeout: each case in a child process with its own deadline. The
 * child serves case after case (macros and lookups load once); a case that
 * runs out of time fails with error[timeout], and the next one gets a fresh child.
 */
export function childCases(seconds: number): CaseRunner {
  let search: SearchProcess | undefined;
  return {
    run: async (testCase, options) => {
      search ??= await SearchProcess.start();
      const started = performance.now();
      try {
        const reply = await search.ask({ kind: 'case', testCase, options }, SILENT, seconds);
        if (reply.kind !== 'case') throw new Error(`the search process answered a case with "${reply.kind}"`);
        return caseFromWire(reply.result);
      } catch (e) {
        if (!isTimeout(e)) throw e;
        search = undefined;
        return { testCase, outcome: { status: 'error', error: e }, warnings: [], ms: performance.now() - started };
      }
    },
    close: async () => {
      await search?.close();
    },
  };
}
