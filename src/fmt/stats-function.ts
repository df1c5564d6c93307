import type { StatsArgument, StatsFunction } from '../ast/nodes.js';
import { formatEvalExpr } from './eval-expr.js';
import { word } from './values.js';

/** `fn(arg, …) as name`, or bare `count` when there are no arguments (`count()` parses to the same node). */
export function formatStatsFunction(f: StatsFunction): string {
  const call = f.args.length === 0 ? word(f.fn) : `${f.fn.text}(${f.args.map(statsArgument).join(', ')})`;
  return f.as === undefined ? call : `${call} as ${word(f.as)}`;
}

function statsArgument(arg: StatsArgument): string {
  return arg.kind === 'field' ? word(arg.field) : `eval(${formatEvalExpr(arg.expr)})`;
}
