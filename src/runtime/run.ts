import type { GeoDatabase } from '../geo/geo-database.js';
import type { Plan, RuntimeStage, SqlSource } from '../plan/plan.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import type { Table } from '../values/value.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { applyConvert } from './commands/convert.js';
import { applyIplocation } from './commands/iplocation.js';
import { applyRename } from './commands/rename.js';
import { applySearch } from './commands/search.js';
import type { TimeZone } from './time/zone.js';
import { applyCommand } from './apply-command.js';
import { readLookup } from './inputlookup.js';
import { sqlRows } from './stream-source.js';
import { sqliteRunner, type SqlRunner } from './sql-runner.js';
import { resolveSubsearches } from './subsearch-terms.js';
import { applyAppend } from './commands/append.js';
import { applyJoin } from './commands/join.js';
import type { EvalPort } from './eval-port.js';
import type { LookupStore } from '../lookups/store.js';
import type { StatsLimits } from './stats/limits.js';

export interface RuntimeContext {
  readonly timeZone: TimeZone;
  /** Evaluates eval expressions for eval, where and eval(…) arguments. */
  readonly evalPort: EvalPort;
  /** Lookup tables for the lookup command, loaded before the search runs. */
  readonly lookups: LookupStore;
  /** Opened only when a stage needs it, so searches without iplocation need no database. */
  readonly geo: () => GeoDatabase;
  /** Where outputlookup and collect may write (`splice run --output-dir`); absent, they are refused. */
  readonly outputDir?: string;
  /** limits.conf [stats] caps on values() and list(), here and in tstats' values(); Splunk's defaults when absent. */
  readonly statsLimits?: StatsLimits;
}

/** Runs the plan: its SQL on the SQLite database, then each runtime stage in order. */
export function executePlan(plan: Plan, db: SqliteDatabase, dialect: Dialect, ctx: RuntimeContext): Table {
  return planRunner(sqliteRunner(db, dialect, ctx.timeZone), ctx)(plan);
}

/** Runs the plan with its SQL run by `sql` (any engine), then each runtime stage in order. */
export function executePlanWith(plan: Plan, sql: SqlRunner, ctx: RuntimeContext): Table {
  return planRunner(sql, ctx)(plan);
}

/** Runs a plan, or a subsearch's plan (join, append), on one database. */
export type RunPlan = (plan: Plan) => Table;

/** A runner for plans whose SQL `sql` runs. */
export function planRunner(sql: SqlRunner, ctx: RuntimeContext): RunPlan {
  const run = (p: Plan): Table => applyStages(p.source.kind === 'sql' ? runSql(p.source, sql, ctx) : readLookup(p.source, ctx, run), p.stages, ctx, run);
  return run;
}

function applyStages(table: Table, stages: readonly RuntimeStage[], ctx: RuntimeContext, run: RunPlan): Table {
  let current = table;
  for (const stage of stages) current = applyStage(current, stage, ctx, run);
  return current;
}

function applyStage(table: Table, stage: RuntimeStage, ctx: RuntimeContext, run: RunPlan): Table {
  switch (stage.kind) {
    case 'rename':
      return applyRename(table, stage);
    case 'convert':
      return applyConvert(table, stage, ctx.timeZone);
    case 'iplocation':
      return applyIplocation(table, stage, ctx.geo());
    case 'search':
      return applySearch(table, { ...stage, predicate: resolveSubsearches(stage.predicate, run) });
    case 'command':
      return applyCommand(table, stage.command, ctx);
    case 'join':
      return applyJoin(table, stage.command, run(stage.plan));
    case 'append':
      return applyAppend(table, stage.command, run(stage.plan));
    case 'appendpipe':
      return applyAppend(table, stage.command, applyStages(table, stage.stages, ctx, run));
  }
}

function runSql(source: SqlSource, sql: SqlRunner, ctx: RuntimeContext): Table {
  return { fields: source.columns.map((c) => c.name), rows: [...sqlRows(source, sql, ctx.statsLimits)] };
}
