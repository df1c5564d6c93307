import type { EvalExpr, StatsArgument, StatsCommand, StatsFunction } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { valuesOf, type Row, type Scalar } from '../../values/value.js';
import type { EvalPort } from '../eval-port.js';
import { boolOption, findOption } from '../options.js';
import type { Accumulator } from './accumulator.js';
import { DEFAULT_STATS_LIMITS, type StatsLimits } from './limits.js';
import { mean, percentile, range, sum, sumsq, variance } from './numeric-functions.js';
import { byTime, countRows, countValues, distinctCount, distinctValues, extreme, firstOrLast, listValues, modeOf } from './string-functions.js';

/** A statistical function ready to run: its output name, its argument's values in a row, and fresh state. */
export interface CompiledFunction {
  readonly name: string;
  readonly feed: (row: Row) => readonly Scalar[];
  readonly make: () => Accumulator;
}

const FUNCTIONS: Readonly<Record<string, () => Accumulator>> = {
  count: countValues,
  c: countValues,
  dc: distinctCount,
  distinct_count: distinctCount,
  first: () => firstOrLast('first'),
  last: () => firstOrLast('last'),
  mode: modeOf,
  min: () => extreme('min'),
  max: () => extreme('max'),
  earliest: () => byTime('earliest', 'value'),
  latest: () => byTime('latest', 'value'),
  earliest_time: () => byTime('earliest', 'time'),
  latest_time: () => byTime('latest', 'time'),
  sum,
  sumsq,
  avg: mean,
  mean,
  range,
  median: () => percentile(50),
  var: () => variance('var'),
  varp: () => variance('varp'),
  stdev: () => variance('stdev'),
  stdevp: () => variance('stdevp'),
};

const PERCENTILE = /^(?:perc|p|exactperc|upperperc)(\d+(?:\.\d+)?)$/;

/**
 * Compiles `fn(arg) [as name]`. Unnamed results are named by the call as
 * written (`count`, `dc(user)`), as stats output does (spl-semantics.md §2.5).
 * An unnamed `eval(…)` aggregate is an error, as in Splunk ("You must specify a
 * rename for the aggregation specifier on the dynamically evaluated field").
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Stats
 * `limits` caps values() and list() as limits.conf does (stats/limits.ts).
 */
export function compileFunction(f: StatsFunction, command: string, port: EvalPort, limits: StatsLimits = DEFAULT_STATS_LIMITS): CompiledFunction {
  const name = f.fn.text.toLowerCase();
  if (f.args.length === 0) {
    if (name !== 'count' && name !== 'c') throw errorAt('invalid-argument', `${command}: ${f.fn.text} needs a field, e.g. ${f.fn.text}(x)`, f.span);
    return { name: f.as?.text ?? f.fn.text, feed: () => [], make: countRows };
  }
  const arg = f.args[0]!;
  if (f.args.length > 1) throw errorAt('unsupported', `unsupported: ${command} function ${f.fn.text} with several arguments`, f.span);
  if (arg.kind === 'field' && arg.field.text.includes('*')) {
    throw errorAt('unsupported', `unsupported: wildcard field ${arg.field.text} in ${command} function ${f.fn.text}`, arg.field.span);
  }
  if (arg.kind === 'eval' && f.as === undefined) {
    throw errorAt('invalid-argument', `${command}: name the eval(…) aggregate with AS; Splunk requires a rename for the dynamically evaluated field`, f.span);
  }
  return { name: f.as?.text ?? `${f.fn.text}(${arg.kind === 'field' ? arg.field.text : ''})`, feed: feeder(arg, port), make: factory(f, name, command, limits) };
}

function factory(f: StatsFunction, name: string, command: string, limits: StatsLimits): () => Accumulator {
  if (name === 'values') return () => distinctValues(limits, f.span);
  if (name === 'list') return () => listValues(limits, f.span);
  const known = FUNCTIONS[name];
  if (known !== undefined) return known;
  const p = PERCENTILE.exec(name);
  if (p !== null && Number(p[1]) <= 100) {
    const n = Number(p[1]);
    return () => percentile(n);
  }
  throw errorAt('unsupported', `unsupported: ${command} function ${f.fn.text}`, f.fn.span);
}

/**
 * The values an argument contributes. `eval(…)` is "a shortcut for an eval that
 * creates a field, followed by stats on it" (Overview of stats functions). A
 * boolean expression cannot be a field value in Splunk, so it contributes a
 * value only when true: `count(eval(status=404))` counts the 404s.
 */
function feeder(arg: StatsArgument, port: EvalPort): (row: Row) => readonly Scalar[] {
  if (arg.kind === 'field') {
    const field = arg.field.text;
    return (row) => valuesOf(row.get(field));
  }
  const expr = arg.expr;
  if (isBoolean(expr)) return (row) => (port.truth(expr, row) ? [1] : []);
  return (row) => valuesOf(port.value(expr, row));
}

const BOOLEAN_OPS: ReadonlySet<string> = new Set(['AND', 'OR', 'XOR', '=', '==', '!=', '<', '<=', '>', '>=', 'LIKE']);
const BOOLEAN_CALLS: ReadonlySet<string> = new Set([
  'cidrmatch', 'in', 'isbool', 'isint', 'isnotnull', 'isnull', 'isnum', 'isstr', 'like', 'match', 'searchmatch', 'true', 'false',
]);

function isBoolean(expr: EvalExpr): boolean {
  switch (expr.kind) {
    case 'binary':
      return BOOLEAN_OPS.has(expr.op);
    case 'unary':
      return expr.op === 'NOT';
    case 'in':
      return true;
    case 'group':
      return isBoolean(expr.expr);
    case 'call':
      return BOOLEAN_CALLS.has(expr.fn.text.toLowerCase());
    default:
      return false;
  }
}

/** allnum=true makes numeric functions null when any value is not a number; not implemented, so refused. */
export function refuseAllnum(cmd: StatsCommand): void {
  const allnum = findOption(cmd.options, 'allnum');
  if (allnum !== undefined && boolOption(cmd.options, 'allnum', false)) {
    throw errorAt('unsupported', `unsupported: ${cmd.kind} allnum=true`, allnum.span);
  }
}
