import type { SearchExpr, TstatsCommand, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { lineage } from '../../datamodels/model-v2.js';
import type { RootTable } from '../../datamodels/schema.js';
import { parseSpan } from '../../runtime/time/bins.js';
import { parseSearchExpression } from '../../parser/search-expression.js';
import { col, param, type EachJoin, type SqlExpr } from '../../sql/ast.js';
import { predicateToSql, textOf } from '../../sql/from-predicate.js';
import type { CellDecoding, PlanWarning, SqlSource } from '../plan.js';
import type { FieldRef, Predicate } from '../predicate.js';
import { toPredicate } from '../search-to-predicate.js';
import { resolveConstraintField, resolveTstatsField } from './tstats-fields.js';
import { resolveTarget, type TstatsTarget } from './tstats-target.js';

/** A BY field as SQL: `expr` is its output value (after fillnull_value), `column` the value before it. */
export interface TstatsByColumn {
  readonly name: string;
  readonly expr: SqlExpr;
  readonly column: SqlExpr;
  readonly ref: FieldRef;
  /** `_time` put in bins by `span=`. */
  readonly binned: boolean;
}

/** What a tstats reads, before it aggregates: the table, the filter and the BY values. */
export interface TstatsScan {
  readonly table: RootTable;
  readonly warnings: PlanWarning[];
  readonly each: readonly EachJoin[];
  readonly where: readonly SqlExpr[];
  readonly by: readonly TstatsByColumn[];
  readonly fillnull?: string;
}

/**
 * The rows a tstats aggregates: the data model table, filtered by the dataset
 * constraints and WHERE; a BY value is null-filled with fillnull_value, and
 * without it a row with a null BY field is dropped (tstats docs, fillnull_value).
 */
export function scanTstats(cmd: TstatsCommand, fillnull: string | undefined): TstatsScan {
  const { filter, nodes } = splitNodename(cmd.where);
  const target = resolveTarget(cmd, nodes);
  const table = target.table;
  const warnings: PlanWarning[] = [];
  const conditions: Predicate[] = [...datasetConstraints(target)];
  if (filter) conditions.push(toPredicate(filter, (w) => resolveTstatsField(table, w, warnings).ref));

  const timeSpan = checkTimeSpan(cmd);
  const each: EachJoin[] = [];
  const by = cmd.by.map((word): TstatsByColumn => {
    const ref = resolveTstatsField(table, word, warnings).ref;
    const binned = timeSpan !== undefined && !ref.absent && !ref.multivalue && ref.name === '_time';
    let text: SqlExpr;
    if (ref.absent) {
      text = param(null);
    } else if (ref.multivalue) {
      // A multivalue BY field gives one group per value (stats docs); json_each yields the values.
      const alias = `__each${each.length}`;
      each.push({ column: ref.name, alias, keepEmpty: fillnull !== undefined });
      text = { kind: 'column', name: 'value', table: alias };
    } else if (binned) {
      text = { kind: 'call', fn: 'splice_time_bin', args: [col('_time'), param(timeSpan)] };
    } else {
      text = textOf(ref);
    }
    const expr: SqlExpr = fillnull === undefined ? text : { kind: 'call', fn: 'COALESCE', args: [text, param(fillnull)] };
    return { name: word.text, expr, column: text, ref, binned };
  });
  const where: SqlExpr[] = conditions.map(predicateToSql);
  if (fillnull === undefined) for (const b of by) where.push({ kind: 'is-null', expr: b.column, negated: true });
  return { table, warnings, each, where, by, ...(fillnull === undefined ? {} : { fillnull }) };
}

/**
 * `by _time span=1h`: _time is put in bins aligned on the search's local clock
 * (tstats docs: span "the span of each time bin"); the bin function runs in SQL.
 */
function checkTimeSpan(cmd: TstatsCommand): string | undefined {
  if (!cmd.timeSpan) return undefined;
  parseSpan(cmd.timeSpan.value, true, 'tstats');
  if (!cmd.by.some((w) => w.text === '_time')) throw errorAt('unsupported', 'unsupported: tstats span= without _time in the by clause', cmd.timeSpan.span);
  return cmd.timeSpan.value.text;
}

/** Pulls top-level `nodename=…` terms out of the WHERE clause; the rest is the filter. */
function splitNodename(where: SearchExpr | undefined): { filter?: SearchExpr; nodes: Word[] } {
  if (!where) return { nodes: [] };
  const items = where.kind === 'and' ? where.items : [where];
  const nodes: Word[] = [];
  const rest: SearchExpr[] = [];
  for (const item of items) {
    if (item.kind === 'compare' && item.op === '=' && item.field.text === 'nodename') nodes.push({ text: item.value.text, span: item.value.span });
    else rest.push(item);
  }
  if (rest.length === 0) return { nodes };
  const filter: SearchExpr = rest.length === 1 ? (rest[0] as SearchExpr) : { kind: 'and', items: rest, span: where.span };
  return { filter, nodes };
}

/** Constraints of the selected child datasets and their ancestors below the root (e.g. action=allowed for Allowed_Traffic). */
function datasetConstraints(target: TstatsTarget): Predicate[] {
  const out: Predicate[] = [];
  const seen = new Set<string>();
  for (const dataset of target.datasets) {
    for (const d of lineage(target.table.root, dataset.name) ?? []) {
      if (d === target.table.root || seen.has(d.name) || d.constraint === undefined) continue;
      seen.add(d.name);
      const expr = parseSearchExpression(d.constraint);
      if (expr) out.push(toPredicate(expr, (w) => resolveConstraintField(target.table, w)));
    }
  }
  return out;
}

/**
 * Prestats rows in one order on every engine: by the BY columns, then by every
 * other column, so rows that still tie are equal and their order cannot show.
 * (The stats after prestats keep the first of equal _times and add numbers in
 * row order; an engine's sort or a cluster's merge would otherwise decide.)
 */
function everyColumn(scan: TstatsScan, columns: readonly { readonly expr: SqlExpr }[]): SqlExpr[] {
  const keys = scan.by.map((b) => b.expr);
  const seen = new Set(keys.map((k) => JSON.stringify(k)));
  return [...keys, ...columns.map((c) => c.expr).filter((e) => !seen.has(JSON.stringify(e)))];
}

/** The SQL source of a tstats over a scan: these output columns, grouped by the BY columns or not at all (prestats). */
export function tstatsSource(
  cmd: TstatsCommand,
  scan: TstatsScan,
  columns: readonly { readonly name: string; readonly expr: SqlExpr; readonly decode: CellDecoding }[],
  grouped: boolean,
): SqlSource {
  return {
    kind: 'sql',
    command: 'tstats',
    select: {
      kind: 'select',
      columns: columns.map((c) => ({ expr: c.expr, alias: c.name })),
      from: scan.table.name,
      ...(scan.each.length > 0 ? { each: scan.each } : {}),
      ...(scan.where.length > 0 ? { where: { kind: 'and', items: scan.where } } : {}),
      groupBy: grouped ? scan.by.map((b) => b.expr) : [],
      orderBy: grouped ? scan.by.map((b) => b.expr) : everyColumn(scan, columns),
    },
    columns: columns.map((c) => ({ name: c.name, decode: c.decode })),
    warnings: scan.warnings,
    span: cmd.span,
  };
}
