import type { SearchStage } from '../../plan/plan.js';
import type { Table } from '../../values/value.js';
import { evaluatePredicate } from '../predicate-eval.js';

export function applySearch(table: Table, stage: SearchStage): Table {
  return { fields: table.fields, rows: table.rows.filter((row) => evaluatePredicate(stage.predicate, row)) };
}
