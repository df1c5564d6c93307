import { describe, expect, it } from 'vitest';
import { column, databaseWith, runOn, type TestEvent } from '../support/run-spl.js';
import type { Table } from '../../src/values/value.js';
import { asSearched, evaluate, FIELDS, prng, randomEvents, randomExpr, render, type Expr, type Field } from '../support/search-gen.js';

/**
 * Property: for random data and random search expressions (spl-semantics.md §3),
 * the flows tstats keeps with `where <expr>` (printed SQL) are the flows
 * `| search <expr>` keeps at runtime, and both equal a reference evaluator
 * written from the spec. Seeded, so a failure names a replayable case.
 */
const DATASETS = 40;
const EXPRESSIONS_PER_DATASET = 10;

const qualified = (f: Field): string => `All_Traffic.${f}`;
const bare = (f: Field): string => f;

function sqlSide(expr: Expr): string {
  return `| tstats count from datamodel=Network_Traffic where ${render(expr, qualified)} by All_Traffic.flow_id`;
}

/**
 * Runtime side. Dense data: every event has all four fields, so the BY clause drops
 * no row (§2.6). Sparse data: values() per flow keeps a missing field missing (§2.3).
 */
function runtimeSide(expr: Expr, sparse: boolean): string {
  const head = sparse
    ? `| tstats ${FIELDS.map((f) => `values(All_Traffic.${f}) as ${f}`).join(' ')} from datamodel=Network_Traffic by All_Traffic.flow_id`
    : `| tstats count from datamodel=Network_Traffic by All_Traffic.flow_id ${FIELDS.map(qualified).join(' ')}`;
  return `${head} | rename All_Traffic.* as * | search ${render(expr, bare)}`;
}

interface Disagreement {
  readonly seed: number;
  readonly search: string;
  readonly events: readonly TestEvent[];
  readonly sql: readonly string[] | string;
  readonly runtime: readonly string[] | string;
  readonly reference: readonly string[];
}

/** The flow ids a search keeps, or its error (a parse or SQL error is a disagreement too). */
function flowIds(run: () => Table, name: string): string[] | string {
  try {
    return column(run(), name).map(String).sort();
  } catch (e) {
    return `error: ${e instanceof Error ? e.message : String(e)}`;
  }
}

describe('differential: tstats where (SQL) = | search (runtime) = reference (§3)', () => {
  it(`agrees on ${DATASETS * EXPRESSIONS_PER_DATASET} random expressions`, async () => {
    const disagreements: Disagreement[] = [];
    let partial = 0;
    for (let d = 0; d < DATASETS; d++) {
      const seed = 7000 + d;
      const rng = prng(seed);
      const sparse = d % 2 === 1;
      const events = randomEvents(rng, sparse);
      const db = await databaseWith(events);
      try {
        for (let k = 0; k < EXPRESSIONS_PER_DATASET; k++) {
          const expr = randomExpr(rng, 3);
          const reference = events.filter((e) => evaluate(expr, asSearched(e))).map((e) => String(e.flow_id)).sort();
          const sql = flowIds(() => runOn(db, sqlSide(expr)), 'All_Traffic.flow_id');
          const runtime = flowIds(() => runOn(db, runtimeSide(expr, sparse)), 'flow_id');
          if (reference.length > 0 && reference.length < events.length) partial++;
          if (JSON.stringify(sql) !== JSON.stringify(reference) || JSON.stringify(runtime) !== JSON.stringify(reference)) {
            disagreements.push({ seed, search: render(expr, bare), events, sql, runtime, reference });
          }
        }
      } finally {
        db.close();
      }
    }
    expect(disagreements.slice(0, 3)).toEqual([]);
    expect(disagreements).toHaveLength(0);
    // The vocabulary must make the property bite: many cases keep some flows and drop others.
    expect(partial).toBeGreaterThan(DATASETS * EXPRESSIONS_PER_DATASET * 0.3);
  });
});
