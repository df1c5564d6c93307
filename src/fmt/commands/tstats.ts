import type { TstatsCommand } from '../../ast/nodes.js';
import type { Printer } from '../printer.js';
import { formatStatsFunction } from '../stats-function.js';
import { clause, option, spaced, word, wordText } from '../values.js';

/** `tstats opts fns [from datamodel=DM[.DS]] [where …] [by f… [span=…]]`; mstats the same. */
export function formatTstats(c: TstatsCommand, p: Printer): string {
  const from = c.from && `from datamodel=${wordText(c.from.dataset ? `${c.from.datamodel.text}.${c.from.dataset.text}` : c.from.datamodel.text)}`;
  const by = [...c.by.map(word), ...(c.timeSpan ? [option(c.timeSpan)] : [])];
  return spaced(c.kind, ...c.options.map(option), ...c.functions.map(formatStatsFunction), from, c.where && `where ${p.search(c.where)}`, clause('by', by));
}
