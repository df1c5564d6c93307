import type { StatsFunction, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { RootTable } from '../../datamodels/schema.js';
import { call, col, param, type SqlExpr } from '../../sql/ast.js';
import { textOf } from '../../sql/from-predicate.js';
import type { CellDecoding, PlanWarning } from '../plan.js';
import type { FieldRef } from '../predicate.js';
import { checkColumnName, resolveTstatsField } from './tstats-fields.js';

export interface LoweredAggregate {
  readonly name: string;
  readonly expr: SqlExpr;
  readonly decode: CellDecoding;
}

const SUPPORTED = ['count', 'values', 'dc', 'distinct_count', 'earliest', 'latest', 'min', 'max', 'sum', 'avg'];

/** One tstats aggregate → a SQL aggregate expression and its output name. */
/** The single field argument of a tstats function; eval(…) is not allowed in tstats (tstats docs). */
function fieldArgument(agg: StatsFunction): Word | undefined {
  const [first, ...rest] = agg.args;
  if (first === undefined) return undefined;
  if (first.kind === 'eval') throw errorAt('unsupported', 'unsupported: eval(…) inside a tstats function (tstats does not allow it)', first.span);
  const extra = rest[0];
  if (extra !== undefined) throw errorAt('invalid-argument', `${agg.fn.text}() takes one field`, extra.kind === 'eval' ? extra.span : extra.field.span);
  return first.field;
}

export function lowerAggregate(table: RootTable, agg: StatsFunction, warnings: PlanWarning[]): LoweredAggregate {
  const fn = agg.fn.text.toLowerCase();
  const field = fieldArgument(agg);
  if (agg.as) checkColumnName(agg.as);
  const name = agg.as?.text ?? (field ? `${agg.fn.text}(${field.text})` : agg.fn.text);
  if (!SUPPORTED.includes(fn)) {
    throw errorAt('unsupported', `unsupported: tstats function ${agg.fn.text}()`, agg.fn.span, [`supported: ${SUPPORTED.join(', ')}`]);
  }
  if (!field) {
    if (fn === 'count') return { name, expr: call('COUNT', { kind: 'star' }), decode: 'scalar' };
    throw errorAt('invalid-argument', `${agg.fn.text} needs a field, as in ${agg.fn.text}(All_Traffic.bytes)`, agg.span);
  }
  const ref = resolveTstatsField(table, field, warnings).ref;
  // A field the data model lacks has no value: count is 0, everything else has no result.
  if (ref.absent) return { name, expr: fn === 'count' ? call('COUNT', param(null)) : param(null), decode: 'scalar' };
  if (ref.multivalue) return multivalueAggregate(fn, name, ref, agg);
  const column = col(ref.name);
  const present: SqlExpr = { kind: 'is-null', expr: column, negated: true };
  switch (fn) {
    case 'count':
      return { name, expr: call('COUNT', column), decode: 'scalar' };
    case 'values':
      // Distinct values in byte order, as a JSON list: "44" < "443" < "4450" < "80" (Multivalue stats docs).
      return { name, expr: { kind: 'call', fn: 'json_group_array', args: [textOf(ref)], distinct: true, orderBy: textOf(ref), filter: present }, decode: valuesOf(agg) };
    case 'dc':
    case 'distinct_count':
      return { name, expr: { kind: 'call', fn: 'COUNT', args: [textOf(ref)], distinct: true }, decode: 'scalar' };
    case 'earliest':
      return { name, expr: ref.name === '_time' ? call('MIN', column) : call('splice_earliest', col('_time'), column), decode: 'scalar' };
    case 'latest':
      return { name, expr: ref.name === '_time' ? call('MAX', column) : call('splice_latest', col('_time'), column), decode: 'scalar' };
    // A numeric column (_time) holds only numbers, so SQL's MIN/MAX is Splunk's numeric min/max; other
    // fields may mix numbers and text, which Splunk compares its own way (splice_min/splice_max).
    case 'min':
      return { name, expr: call(ref.numericStorage ? 'MIN' : 'splice_min', column), decode: 'scalar' };
    case 'max':
      return { name, expr: call(ref.numericStorage ? 'MAX' : 'splice_max', column), decode: 'scalar' };
    case 'sum':
      return { name, expr: call('splice_sum', column), decode: 'scalar' };
    default:
      return { name, expr: call('splice_avg', column), decode: 'scalar' };
  }
}

/** values()' list: the runtime caps it at --maxvalues when decoding, as limits.conf [stats] maxvalues does (stats/limits.ts). */
function valuesOf(agg: StatsFunction): CellDecoding {
  return { kind: 'values-of', span: agg.span };
}

/**
 * Functions over a multivalue field (stored as a JSON array): every value of
 * every event counts, as stats does with multivalue fields.
 */
function multivalueAggregate(fn: string, name: string, ref: FieldRef, agg: StatsFunction): LoweredAggregate {
  const column = col(ref.name);
  switch (fn) {
    case 'values':
      return { name, expr: call('splice_values_json', column), decode: valuesOf(agg) };
    case 'dc':
    case 'distinct_count':
      return { name, expr: call('splice_dc_json', column), decode: 'scalar' };
    case 'count':
      return { name, expr: call('COALESCE', call('SUM', call('json_array_length', column)), { kind: 'param', value: 0 }), decode: 'scalar' };
    default:
      throw errorAt('unsupported', `unsupported: tstats ${agg.fn.text}() of the multivalue field ${ref.written}`, agg.span);
  }
}
