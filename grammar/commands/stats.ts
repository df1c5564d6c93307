import type { StatsCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** stats/eventstats/streamstats: options, functions, then `by` fields. */
export function interpretStats(kind: StatsCommand['kind'], r: ArgReader): StatsCommand {
  const options = r.options();
  const functions = r.statsFunctions('by');
  options.push(...r.options());
  let by: StatsCommand['by'] = [];
  if (r.atKeyword('by')) {
    r.keyword('by');
    by = r.words();
  }
  r.end();
  if (functions.length === 0) throw r.expected('a statistical function', r.peek());
  return { kind, options, functions, by, span: r.span };
}
