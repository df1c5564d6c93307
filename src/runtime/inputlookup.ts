import { errorAt } from '../diagnostics/diagnostic.js';
import type { LookupSource, Plan } from '../plan/plan.js';
import type { Row, Table } from '../values/value.js';
import { evaluatePredicate } from './predicate-eval.js';
import type { RuntimeContext } from './run.js';
import { resolveSubsearches } from './subsearch-terms.js';

/** inputlookup: the lookup's rows in file order, fields in header order; WHERE keeps matching rows. */
export function readLookup(source: LookupSource, ctx: RuntimeContext, run: (plan: Plan) => Table): Table {
  const lookup = ctx.lookups.get(source.table.text);
  if (!lookup) {
    const why = ctx.lookups.unusable(source.table.text);
    throw errorAt('bad-input', `unknown lookup "${source.table.text}"`, source.table.span, why === undefined ? [] : [why]);
  }
  const rows: Row[] = lookup.rows.map((r) => new Map(r));
  const where = source.where ? resolveSubsearches(source.where, run) : undefined;
  return { fields: lookup.fields, rows: where ? rows.filter((row) => evaluatePredicate(where, row)) : rows };
}
