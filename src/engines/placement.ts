import { ipKeyColumn, type RootTable } from '../datamodels/schema.js';
import { exprChildren, type Select, type SqlExpr } from '../sql/ast.js';
import type { Dialect } from '../sql/dialects/dialect.js';
import { unsupportedIn } from '../sql/print.js';

/**
 * Where a search's SQL runs on an engine. `engine`: all of it, as printed for
 * that engine. `split`: the engine can't write some construct exactly (a
 * splice function, multivalue fields …), so it runs `scan` (the table's rows
 * that pass the conditions it can write) and splice runs the whole query on
 * those rows with its own SQLite, where every function is exact.
 */
export type SqlPlacement =
  | { readonly kind: 'engine'; readonly select: Select }
  | { readonly kind: 'split'; readonly scan: Select; readonly local: Select; readonly reason: string };

export function placeSelect(select: Select, table: RootTable, dialect: Dialect): SqlPlacement {
  const reason = unsupportedIn(select, dialect);
  if (reason === undefined) return { kind: 'engine', select };
  const where = pushableWhere(select.where, dialect);
  // A query that reads no column still needs a row per event to count: _time stands in.
  const used = columnsUsed(select);
  if (used.size === 0) used.add('_time');
  const scan: Select = {
    kind: 'select',
    // Only the columns the query reads. IP keys are left out: splice recomputes them from the text, so no engine has to send bytes back.
    columns: table.columns.filter((c) => !c.isIpKey && (used.has(c.name) || used.has(ipKeyColumn(c.name)))).map((c) => ({ expr: { kind: 'column', name: c.name }, alias: c.name })),
    from: select.from,
    ...(where === undefined ? {} : { where }),
    groupBy: [],
    orderBy: [],
  };
  return { kind: 'split', scan, local: select, reason };
}

/**
 * The part of a WHERE the engine can write: all of it, or the AND-items it can
 * write. Dropping AND-items only lets more rows through, and splice applies the
 * whole WHERE again, so the result is the same.
 */
function pushableWhere(where: SqlExpr | undefined, dialect: Dialect): SqlExpr | undefined {
  if (where === undefined) return undefined;
  // A condition on a json_each value (a multivalue BY field) reads a join the scan does not have.
  const writable = (e: SqlExpr): boolean => unsupportedIn(probe(e), dialect) === undefined && !readsJoinedColumn(e);
  if (writable(where)) return where;
  if (where.kind !== 'and') return undefined;
  const items = where.items.filter(writable);
  return items.length === 0 ? undefined : { kind: 'and', items };
}

/** Names of the table's columns a select reads (json_each's own columns, read as `value`, are not the table's, and are not there). */
function columnsUsed(select: Select): Set<string> {
  const used = new Set<string>((select.each ?? []).map((e) => e.column));
  const visit = (e: SqlExpr): void => {
    if (e.kind === 'column') used.add(e.name);
    else if (e.kind === 'any-value') used.add(e.column);
    else exprChildren(e).forEach(visit);
  };
  [...select.columns.map((c) => c.expr), ...(select.where ? [select.where] : []), ...select.groupBy, ...select.orderBy].forEach(visit);
  return used;
}

function readsJoinedColumn(e: SqlExpr): boolean {
  return (e.kind === 'column' && e.table !== undefined) || (e.kind !== 'any-value' && exprChildren(e).some(readsJoinedColumn));
}

function probe(where: SqlExpr): Select {
  return { kind: 'select', columns: [], from: '', where, groupBy: [], orderBy: [] };
}
