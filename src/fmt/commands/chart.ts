import type { ChartCommand } from '../../ast/nodes.js';
import { formatStatsFunction } from '../stats-function.js';
import { clause, option, spaced, word } from '../values.js';

/** `chart opts fns [over f] [by f…]`; timechart the same. */
export function formatChart(c: ChartCommand): string {
  return spaced(c.kind, ...c.options.map(option), ...c.functions.map(formatStatsFunction), c.over && `over ${word(c.over)}`, clause('by', c.by.map(word)));
}
