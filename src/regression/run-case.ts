import { writeFileSync } from 'node:fs';
import { compile, type CompileOptions } from '../api/compile.js';
import { standInLookupWarnings } from '../api/lookup-warnings.js';
import { loadDataFiles, openIngestedDatabase } from '../api/open-data.js';
import { createRuntimeContext } from '../api/runtime-context.js';
import { readSearchFile, type SourceText } from '../api/search-source.js';
import { readBaseline, toResultSet, writeBaselineCsv } from '../baseline/baseline.js';
import { compareResults, type Comparison } from '../compare/compare.js';
import { errorInFile, errorNowhere, SpliceError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { openSqlite } from '../exec/sqlite.js';
import { loadLookupStore, NO_LOOKUPS, type LookupStore } from '../lookups/store.js';
import { loadMacroPaths } from '../macros/load.js';
import { closeSearchData, runSearchOn, type SearchData } from '../api/search-data.js';
import { parseEngineUrl } from '../engines/url.js';
import { caseDataOnEngine } from './case-engine.js';
import type { TestCase } from './case.js';
import { endsInSort, keyFields } from './search-shape.js';

export type CaseOutcome =
  | { readonly status: 'pass' | 'fail'; readonly comparison: Comparison }
  | { readonly status: 'updated'; readonly rows: number }
  | { readonly status: 'error'; readonly error: SpliceError };

export interface CaseResult {
  readonly testCase: TestCase;
  readonly outcome: CaseOutcome;
  /** The search, for rendering errors and warnings against it (absent when it could not be read). */
  readonly source?: SourceText;
  readonly warnings: readonly Diagnostic[];
  readonly ms: number;
}

export interface RunOptions {
  /** Write the current results as the baseline (Splunk's CSV export) instead of comparing. */
  readonly update: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The search's start time for now(); one instant for the whole run. */
  readonly now: number;
  /** `--engine URL`: each case's data is loaded into a scratch namespace there, and its SQL runs there. */
  readonly engine?: string;
}

/**
 * What cases share within one run, loaded once: macro files and lookup
 * directories. A suite's cases then pay only for their own data.
 */
export class CaseResources {
  private readonly macros = new Map<string, CompileOptions['macros']>();
  private readonly lookups = new Map<string, Promise<LookupStore>>();

  compileOptions(paths: readonly string[]): CompileOptions {
    const key = paths.join('\0');
    let macros = this.macros.get(key);
    if (macros === undefined) this.macros.set(key, (macros = loadMacroPaths(paths)));
    return { macros };
  }

  lookupStore(dir: string | undefined): Promise<LookupStore> {
    if (dir === undefined) return Promise.resolve(NO_LOOKUPS);
    let store = this.lookups.get(dir);
    if (store === undefined) this.lookups.set(dir, (store = loadLookupStore(dir)));
    return store;
  }
}

/** Runs one case: the search over its data, then the comparison with its baseline (or the baseline's update). */
export async function runCase(testCase: TestCase, options: RunOptions, resources: CaseResources): Promise<CaseResult> {
  const started = performance.now();
  let source: SourceText | undefined;
  const warnings: Diagnostic[] = [];
  const result = (outcome: CaseOutcome): CaseResult => ({ testCase, outcome, ...(source ? { source } : {}), warnings, ms: performance.now() - started });
  try {
    source = 'file' in testCase.search ? readSearchFile(testCase.search.file) : { name: `${testCase.name} (search)`, text: testCase.search.text };
    const compiled = compile(source.text, resources.compileOptions(testCase.macros));
    warnings.push(...compiled.warnings);
    const lookups = await resources.lookupStore(testCase.lookups);
    warnings.push(...standInLookupWarnings(compiled, lookups));
    const ctx = createRuntimeContext({ ...(testCase.tz ? { tz: testCase.tz } : {}), ...(testCase.mmdb ? { mmdb: testCase.mmdb } : {}), lookups, env: options.env, now: options.now });
    const planSource = compiled.plan.source;
    const data = planSource.kind !== 'sql' ? memory() : await caseData(testCase, planSource.select.from, options.engine);
    let table;
    try {
      table = await runSearchOn(compiled.plan, data, ctx);
    } finally {
      await closeSearchData(data);
    }
    const actual = toResultSet(table);
    if (options.update) {
      writeBaseline(testCase.baseline, writeBaselineCsv(actual));
      return result({ status: 'updated', rows: actual.rows.length });
    }
    const expected = readBaseline(testCase.baseline);
    const keys = keyFields(compiled.pipeline, compiled.plan);
    const comparison = compareResults(expected, actual, {
      ordered: testCase.settings.ordered ?? endsInSort(compiled.pipeline),
      tolerance: testCase.settings.tolerance,
      ignore: testCase.settings.ignore,
      keepInternal: testCase.settings.keep,
      ...(keys ? { keyFields: keys } : {}),
    });
    return result({ status: comparison.pass ? 'pass' : 'fail', comparison });
  } catch (e) {
    if (e instanceof SpliceError) return result({ status: 'error', error: e });
    throw e;
  }
}

function memory(): SearchData {
  return { kind: 'sqlite', db: openSqlite(':memory:', 'write') };
}

async function caseData(testCase: TestCase, table: string, engine: string | undefined): Promise<SearchData> {
  if (testCase.db !== undefined && testCase.data.length > 0) throw errorNowhere('usage-error', `${testCase.name}: give either db or data, not both`);
  if (testCase.db === undefined && testCase.data.length === 0) throw errorNowhere('usage-error', `${testCase.name}: no data (give data files or an ingested db)`);
  const target = engine === undefined ? undefined : parseEngineUrl(engine);
  if (target === undefined || target.kind === 'sqlite') return { kind: 'sqlite', db: await openCaseData(testCase, table) };
  return { kind: 'engine', engine: await caseDataOnEngine(testCase, table, target) };
}

function openCaseData(testCase: TestCase, table: string): ReturnType<typeof loadDataFiles> {
  if (testCase.db !== undefined) return Promise.resolve(openIngestedDatabase(testCase.db, table));
  return loadDataFiles(testCase.data, table);
}

function writeBaseline(path: string, csv: string): void {
  try {
    writeFileSync(path, csv);
  } catch (e) {
    throw errorInFile('io-error', `cannot write the baseline: ${e instanceof Error ? e.message : String(e)}`, path);
  }
}
