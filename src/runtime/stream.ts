import type { Plan } from '../plan/plan.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import type { Row, Table } from '../values/value.js';
import type { SqliteDatabase } from '../exec/sqlite.js';
import { readLookup } from './inputlookup.js';
import { planRunner, type RuntimeContext } from './run.js';
import { realize, type Candidate } from './stream-fields.js';
import { sqlRows } from './stream-source.js';
import { sqliteRunner, type SqlRunner } from './sql-runner.js';
import { streamStep, streamsRows, type StreamStep } from './stream-stages.js';

/**
 * A search's results, read once. Rows come as the stages produce them; the
 * field list is known once no later row can change it, and always after the
 * last row. A row's values do not depend on the field list, only how it is
 * shown does.
 */
export interface ResultStream extends Iterable<Row> {
  /** The result's field list, or undefined while later rows could still change it. */
  fields(): readonly string[] | undefined;
  /** Whether rows flow through the stages as they are read (else the whole result was computed first). */
  readonly streamed: boolean;
}

export interface StreamOptions {
  /** Rows read from SQLite and run through the stages at a time. */
  readonly batchSize?: number;
}

const DEFAULT_BATCH = 512;

/**
 * Runs the plan as a stream when every stage takes its rows a batch at a time
 * (stream-stages.ts); otherwise runs it whole, as executePlan does, and hands
 * out the finished table's rows. The database must stay open until the rows
 * are read, and serves nothing else meanwhile.
 */
export function streamPlan(plan: Plan, db: SqliteDatabase, dialect: Dialect, ctx: RuntimeContext, options: StreamOptions = {}): ResultStream {
  return streamPlanWith(plan, sqliteRunner(db, dialect, ctx.timeZone), ctx, options);
}

/** streamPlan with the plan's SQL run by `sql` (any engine). */
export function streamPlanWith(plan: Plan, sql: SqlRunner, ctx: RuntimeContext, options: StreamOptions = {}): ResultStream {
  const run = planRunner(sql, ctx);
  const source = plan.source;
  if (!plan.stages.every(streamsRows)) return whole(run(plan));
  // An inputlookup's rows are in memory already; they still flow through the stages one batch at a time.
  const input = source.kind === 'sql' ? { rows: sqlRows(source, sql, ctx.statsLimits), fields: source.columns.map((c) => c.name) } : readLookup(source, ctx, run);
  let candidates: readonly Candidate[] = input.fields.map((name) => ({ name, presence: 'always' }));
  const steps: StreamStep[] = [];
  for (const stage of plan.stages) {
    const step = streamStep(stage, candidates, ctx, run);
    if (step === undefined) return whole(run(plan));
    steps.push(step);
    candidates = step.candidates;
  }
  return flowing(input.rows, steps, candidates, Math.max(1, options.batchSize ?? DEFAULT_BATCH));
}

/** A finished table as a stream. */
export function whole(table: Table): ResultStream {
  return { [Symbol.iterator]: () => table.rows[Symbol.iterator](), fields: () => table.fields, streamed: false };
}

function flowing(source: Iterable<Row>, steps: readonly StreamStep[], candidates: readonly Candidate[], batchSize: number): ResultStream {
  let ended = false;
  let settled: readonly string[] | undefined;
  function* rows(): Generator<Row> {
    const input = source[Symbol.iterator]();
    try {
      for (;;) {
        if (steps.some((s) => s.done())) break;
        const batch: Row[] = [];
        while (batch.length < batchSize) {
          const next = input.next();
          if (next.done === true) break;
          batch.push(next.value);
        }
        let out = batch;
        for (const step of steps) out = step.run(out);
        settled ??= realize(candidates, false);
        yield* out;
        if (batch.length < batchSize) break;
      }
    } finally {
      // Also when the reader stops early (--max-rows): the field list is then that of the rows read.
      ended = true;
      input.return?.();
    }
  }
  const iterator = rows();
  return {
    [Symbol.iterator]: () => iterator,
    fields: () => (ended ? realize(candidates, true) : settled),
    streamed: true,
  };
}
