import { engineRunner } from '../engines/engine-runner.js';
import type { Engine } from '../engines/engine.js';
import { openEngine } from '../engines/open.js';
import type { EngineTarget } from '../engines/url.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import type { Plan } from '../plan/plan.js';
import { executePlanWith, type RuntimeContext } from '../runtime/run.js';
import { sqliteRunner } from '../runtime/sql-runner.js';
import { streamPlanWith, type ResultStream } from '../runtime/stream.js';
import { sqliteDialect } from '../sql/dialects/sqlite.js';
import type { Table } from '../values/value.js';
import { openIngestedDatabase } from './open-data.js';

/** Where a search reads its data: a SQLite database splice opened or loaded, or another engine. */
export type SearchData =
  | { readonly kind: 'sqlite'; readonly db: SqliteDatabase }
  | { readonly kind: 'engine'; readonly engine: Engine };

/** Opens an `--engine` target; a `sqlite:FILE` target is an ingested database, opened read-only and checked for `table`. */
export async function openEngineData(target: EngineTarget, table: string): Promise<SearchData> {
  if (target.kind === 'sqlite') return { kind: 'sqlite', db: openIngestedDatabase(target.file, table) };
  return { kind: 'engine', engine: await openEngine(target) };
}

/**
 * The search's results as a stream. On SQLite the rows flow from the query;
 * on another engine its SQL runs first (engines answer asynchronously), then
 * the rows flow through the runtime stages the same way.
 */
export async function streamSearch(plan: Plan, data: SearchData, ctx: RuntimeContext): Promise<ResultStream> {
  if (data.kind === 'sqlite') return streamPlanWith(plan, sqliteRunner(data.db, sqliteDialect, ctx.timeZone), ctx);
  return streamPlanWith(plan, await engineRunner(plan, data.engine, ctx.timeZone), ctx);
}

/** The search's whole result table. */
export async function runSearchOn(plan: Plan, data: SearchData, ctx: RuntimeContext): Promise<Table> {
  if (data.kind === 'sqlite') return executePlanWith(plan, sqliteRunner(data.db, sqliteDialect, ctx.timeZone), ctx);
  return executePlanWith(plan, await engineRunner(plan, data.engine, ctx.timeZone), ctx);
}

export async function closeSearchData(data: SearchData): Promise<void> {
  if (data.kind === 'sqlite') data.db.close();
  else await data.engine.close();
}
