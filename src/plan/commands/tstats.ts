import type { SearchExpr, TstatsCommand, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { lineage } from '../../datamodels/model-v2.js';
import { parseSpan } from '../../runtime/time/bins.js';
import { parseSearchExpression } from '../../parser/search-expression.js';
import { col, param, type EachJoin, type SqlExpr } from '../../sql/ast.js';
import { predicateToSql, textOf } from '../../sql/from-predicate.js';
import { booleanOption, rejectUnknownOptions } from '../options.js';
import type { PlanWarning, SqlSource } from '../plan.js';
import type { Predicate } from '../predicate.js';
import { toPredicate } from '../search-to-predicate.js';
import { lowerAggregate } from './tstats-aggregates.js';
import { resolveConstraintField, resolveTstatsField } from './tstats-fields.js';
import { resolveTarget, type TstatsTarget } from './tstats-target.js';

const OPTIONS = ['prestats', 'local', 'append', 'summariesonly', 'include_reduced_buckets', 'allow_old_summaries', 'chunk_size', 'fillnull_value'];

/**
 * tstats over a data model → one SELECT … GROUP BY. Output: BY fields first, in
 * BY order and with their full names, then aggregates in written order (§2.5, §8.1).
 * Without fillnull_value a row with a null BY field is dropped; with it the null
 * becomes that value (tstats docs, fillnull_value).
 */
export function planTstats(cmd: TstatsCommand): SqlSource {
  rejectUnknownOptions(cmd.options, OPTIONS, 'tstats');
  let fillnull: string | undefined;
  for (const option of cmd.options) {
    const name = option.name.text.toLowerCase();
    if (name === 'fillnull_value') fillnull = option.value.text;
    else if ((name === 'prestats' || name === 'append') && booleanOption(option)) {
      throw errorAt('unsupported', `unsupported: tstats ${name}=true`, option.span);
    } else if (name !== 'chunk_size') booleanOption(option); // validated; no effect on local data
  }
  if (cmd.functions.length === 0) throw errorAt('syntax-error', 'tstats needs at least one function, such as count', cmd.span);

  const { filter, nodes } = splitNodename(cmd.where);
  const target = resolveTarget(cmd, nodes);
  const table = target.table;
  const warnings: PlanWarning[] = [];
  const conditions: Predicate[] = [...datasetConstraints(target)];
  if (filter) conditions.push(toPredicate(filter, (w) => resolveTstatsField(table, w, warnings).ref));

  const timeSpan = checkTimeSpan(cmd);
  const each: EachJoin[] = [];
  const byColumns = cmd.by.map((word) => {
    const ref = resolveTstatsField(table, word, warnings).ref;
    let text: SqlExpr;
    if (ref.absent) {
      text = param(null);
    } else if (ref.multivalue) {
      // A multivalue BY field gives one group per value (stats docs); json_each yields the values.
      const alias = `__each${each.length}`;
      each.push({ column: ref.name, alias, keepEmpty: fillnull !== undefined });
      text = { kind: 'column', name: 'value', table: alias };
    } else if (timeSpan !== undefined && ref.name === '_time') {
      text = { kind: 'call', fn: 'splice_time_bin', args: [col('_time'), param(timeSpan)] };
    } else {
      text = textOf(ref);
    }
    return { name: word.text, expr: fillnull === undefined ? text : ({ kind: 'call', fn: 'COALESCE', args: [text, param(fillnull)] } as const), column: text };
  });
  const where: SqlExpr[] = conditions.map(predicateToSql);
  if (fillnull === undefined) for (const by of byColumns) where.push({ kind: 'is-null', expr: by.column, negated: true });
  const aggregates = cmd.functions.map((a) => lowerAggregate(table, a, warnings));

  const columns = [
    ...byColumns.map((b) => ({ name: b.name, decode: 'scalar' as const, expr: b.expr })),
    ...aggregates.map((a) => ({ name: a.name, decode: a.decode, expr: a.expr })),
  ];
  return {
    kind: 'sql',
    command: 'tstats',
    select: {
      kind: 'select',
      columns: columns.map((c) => ({ expr: c.expr, alias: c.name })),
      from: table.name,
      ...(each.length > 0 ? { each } : {}),
      ...(where.length > 0 ? { where: { kind: 'and', items: where } } : {}),
      groupBy: byColumns.map((b) => b.expr),
      orderBy: byColumns.map((b) => b.expr),
    },
    columns: columns.map((c) => ({ name: c.name, decode: c.decode })),
    warnings,
    span: cmd.span,
  };
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
