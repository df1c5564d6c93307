import type { StatsCommand } from '../../ast/nodes.js';
import { formatStatsFunction } from '../stats-function.js';
import { clause, option, spaced, word } from '../values.js';

/** `stats opts fns [by f…]`; eventstats and streamstats the same. */
export function formatStats(c: StatsCommand): string {
  return spaced(c.kind, ...c.options.map(option), ...c.functions.map(formatStatsFunction), clause('by', c.by.map(word)));
}
