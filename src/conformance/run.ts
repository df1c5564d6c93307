import { STAGES, type Stage } from './stages.js';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expand, parseExpansion, planParsed } from '../api/compile.js';
import { forEachCommand } from '../ast/walk.js';
import { allRootTables } from '../datamodels/schema.js';
import { SpliceError } from '../diagnostics/diagnostic.js';
import { lineAndColumn } from '../diagnostics/position.js';
import { openSqlite, type SqliteDatabase } from '../exec/sqlite.js';
import { ensureTable } from '../ingest/table-writer.js';
import { loadLookupTables } from '../lookups/tables.js';
import type { LookupStore } from '../lookups/store.js';
import { loadMacroPaths } from '../macros/load.js';
import type { MacroDefinition } from '../macros/definition.js';
import type { RuntimeContext } from '../runtime/run.js';
import { sqliteDialect } from '../sql/dialects/sqlite.js';
import { closeSearchData, runSearchOn, type SearchData } from '../api/search-data.js';
import { openEngine } from '../engines/open.js';
import type { EngineTarget } from '../engines/url.js';
import type { Plan } from '../plan/plan.js';
import { listDetections, type Detection } from './detections.js';
import { GROUPS, type GroupName, type GroupTally } from './groups.js';

export { STAGES, type Stage } from './stages.js';

export interface ConformanceResult {
  readonly file: string;
  /** The last stage that succeeded; "none" when even macro expansion failed. */
  readonly stage_reached: Stage | 'none';
  readonly error: string | null;
}

export interface ConformanceReport {
  readonly total: number;
  readonly expanded: number;
  readonly parsed: number;
  readonly generic_commands: number;
  readonly translated: number;
  readonly executed: number;
  /** The non-deprecated tstats detections, and those over Network_Traffic (groups.ts). */
  readonly groups: Readonly<Record<GroupName, GroupTally>>;
  readonly results: readonly ConformanceResult[];
}

export interface ConformanceOptions {
  readonly extraMacros?: readonly string[];
  readonly runtime: RuntimeContext;
  /** Execute on this database (e.g. one made by `splice gen`) instead of empty tables. */
  readonly database?: string;
  /** Execute on this engine instead, on empty tables in a scratch namespace there. */
  readonly engine?: Exclude<EngineTarget, { kind: 'sqlite' }>;
}

/** Runs a plan where the conformance run executes: SQLite, or an engine. */
type Execute = (plan: Plan) => Promise<void>;

/**
 * Takes every detection under `dir` through expand → parse → translate →
 * execute. Execution runs on an empty database holding every data model's
 * table and every CSV lookup from `dir/lookups` (or on a given database, such
 * as one `splice gen` filled), so it proves the SQL and runtime stages run,
 * not what they return.
 */
export async function runConformance(dir: string, options: ConformanceOptions): Promise<ConformanceReport> {
  const macroDir = join(dir, 'macros');
  const macros = [...(isDirectory(macroDir) ? loadMacroPaths([macroDir]) : []), ...loadMacroPaths(options.extraMacros ?? [])];
  const data = await openData(options);
  const execute: Execute = async (plan) => {
    await runSearchOn(plan, data, options.runtime);
  };
  try {
    const results: ConformanceResult[] = [];
    const members = new Map<GroupName, ConformanceResult[]>(Object.keys(GROUPS).map((g) => [g as GroupName, []]));
    let genericCommands = 0;
    for (const detection of listDetections(dir)) {
      const outcome = await runOne(detection, macros, execute);
      genericCommands += outcome.genericCommands;
      results.push(outcome.result);
      for (const [group, isMember] of Object.entries(GROUPS)) if (isMember(detection)) members.get(group as GroupName)?.push(outcome.result);
    }
    const reached = (stage: Stage): number => results.filter((r) => r.stage_reached !== 'none' && STAGES.indexOf(r.stage_reached) >= STAGES.indexOf(stage)).length;
    return {
      total: results.length,
      expanded: reached('expand'),
      parsed: reached('parse'),
      generic_commands: genericCommands,
      translated: reached('translate'),
      executed: reached('execute'),
      groups: { tstats: tally(members.get('tstats') ?? []), network_traffic: tally(members.get('network_traffic') ?? []) },
      results,
    };
  } finally {
    await closeSearchData(data);
  }
}

/** Every data model's table, empty (or a given database); on an engine, in a scratch namespace removed afterwards. */
async function openData(options: ConformanceOptions): Promise<SearchData> {
  if (options.engine === undefined) {
    return { kind: 'sqlite', db: options.database === undefined ? emptyDatabase(options.runtime.lookups) : openSqlite(options.database, 'read') };
  }
  const server = await openEngine(options.engine);
  try {
    const scratch = await server.scratch();
    for (const table of allRootTables()) await scratch.createTable(table);
    return { kind: 'engine', engine: scratch };
  } finally {
    await server.close();
  }
}

async function runOne(detection: Detection, macros: readonly MacroDefinition[], execute: Execute): Promise<{ result: ConformanceResult; genericCommands: number }> {
  const file = detection.file;
  if (detection.search === undefined) {
    return { result: { file, stage_reached: 'none', error: detection.readError ?? 'no search: in the detection' }, genericCommands: 0 };
  }
  const spl = detection.search;
  let stage: Stage | 'none' = 'none';
  let genericCommands = 0;
  try {
    // Each stage continues from the previous one's output, so nothing is expanded or parsed twice.
    const expansion = expand(spl, { macros });
    stage = 'expand';
    const parsed = parseExpansion(expansion);
    forEachCommand(parsed.pipeline, (c) => {
      if (c.kind === 'generic') genericCommands++;
    });
    stage = 'parse';
    const { plan } = planParsed(parsed);
    stage = 'translate';
    await execute(plan);
    stage = 'execute';
    return { result: { file, stage_reached: stage, error: null }, genericCommands };
  } catch (e) {
    return { result: { file, stage_reached: stage, error: describeError(e, spl) }, genericCommands };
  }
}

/** A refusal is a positioned `unsupported:` error; anything else that stops a detection is another failure. */
export function isRefusal(result: ConformanceResult): boolean {
  return result.error !== null && /^\d+:\d+: unsupported/.test(result.error);
}

function tally(results: readonly ConformanceResult[]): GroupTally {
  const failed = results.filter((r) => r.stage_reached !== 'execute');
  const refused = failed.filter(isRefusal).length;
  return { total: results.length, executed: results.length - failed.length, refused, other_failures: failed.length - refused };
}

/** `line:col: message` within the detection's search text. */
function describeError(e: unknown, spl: string): string {
  if (!(e instanceof SpliceError)) return `internal error: ${e instanceof Error ? e.message : String(e)}`;
  const loc = e.diagnostic.location;
  if (loc.kind !== 'source') return e.diagnostic.message;
  const { line, column } = lineAndColumn(spl, loc.span.start);
  return `${line}:${column}: ${e.diagnostic.message}`;
}

/** Every data model's table, empty, and every lookup the runtime has (DIR/lookups, loaded by the caller). */
function emptyDatabase(lookups: LookupStore): SqliteDatabase {
  const db = openSqlite(':memory:', 'write');
  for (const table of allRootTables()) ensureTable(db, table, sqliteDialect);
  loadLookupTables(db, sqliteDialect, lookups);
  return db;
}

function isDirectory(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}
