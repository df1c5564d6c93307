import { rootTableNamed } from '../datamodels/schema.js';
import { errorAt } from '../diagnostics/diagnostic.js';
import type { Plan, RuntimeStage, SqlSource } from '../plan/plan.js';
import type { Predicate } from '../plan/predicate.js';
import type { SqlRunner } from '../runtime/sql-runner.js';
import type { TimeZone } from '../runtime/time/zone.js';
import { printSelect } from '../sql/print.js';
import type { Cell, Engine } from './engine.js';
import { queryRowsLocally } from './local-query.js';
import { placeSelect } from './placement.js';
import { fillCells, lowerTimeBins } from './time-bins.js';

/**
 * Runs every SQL part of a plan (its source, and those of its subsearches) on
 * the engine before the runtime starts, since engines answer asynchronously
 * and the runtime pulls rows synchronously. Each part runs where its placement
 * says (placement.ts); the runner then hands out the cells.
 */
export async function engineRunner(plan: Plan, engine: Engine, zone: TimeZone): Promise<SqlRunner> {
  const results = new Map<SqlSource, Cell[][]>();
  for (const source of sqlSourcesOf(plan)) results.set(source, await runSource(source, engine, zone));
  return {
    cells(source) {
      const cells = results.get(source);
      if (cells === undefined) throw new RangeError('engine runner: a SQL source was not run beforehand');
      return cells;
    },
  };
}

async function runSource(source: SqlSource, engine: Engine, zone: TimeZone): Promise<Cell[][]> {
  const table = rootTableNamed(source.select.from);
  if (table === undefined) throw errorAt('unsupported', `unsupported on ${engine.kind}: no data-model table "${source.select.from}"`, source.span);
  if (!(await engine.hasTable(table.name))) {
    throw errorAt('bad-input', `${engine.label} has no ${table.name} table`, source.span, [`load data first: splice ingest --engine ${engine.label} --datamodel ${table.name} FILE…`]);
  }
  const { select, fills } = lowerTimeBins(source.select, zone);
  const placement = placeSelect(select, table, engine.dialect);
  if (placement.kind === 'engine') return fillCells(await engine.query(printSelect(placement.select, engine.dialect)), fills);
  const scanned = await engine.query(printSelect(placement.scan, engine.dialect));
  return fillCells(queryRowsLocally(placement.local, placement.scan, table, scanned, zone), fills);
}

/** The SQL sources of a plan and of every plan nested in it, in the order the runtime meets them. */
export function sqlSourcesOf(plan: Plan): SqlSource[] {
  const found: SqlSource[] = [];
  const visitPlan = (p: Plan): void => {
    if (p.source.kind === 'sql') found.push(p.source);
    else if (p.source.where !== undefined) visitPredicate(p.source.where);
    p.stages.forEach(visitStage);
  };
  const visitStage = (stage: RuntimeStage): void => {
    switch (stage.kind) {
      case 'join':
      case 'append':
        return visitPlan(stage.plan);
      case 'appendpipe':
        return stage.stages.forEach(visitStage);
      case 'search':
        return visitPredicate(stage.predicate);
      case 'rename':
      case 'convert':
      case 'iplocation':
      case 'command':
        return undefined;
    }
  };
  const visitPredicate = (p: Predicate): void => {
    switch (p.kind) {
      case 'and':
      case 'or':
        return p.items.forEach(visitPredicate);
      case 'not':
        return visitPredicate(p.item);
      case 'subsearch':
        return visitPlan(p.plan);
      case 'true':
      case 'exists':
      case 'match':
      case 'compare':
        return undefined;
    }
  };
  visitPlan(plan);
  return found;
}
