import type { ChartCommand, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** chart/timechart: options, functions, `over` field (chart), `by` fields; options may also follow. */
export function interpretChart(kind: ChartCommand['kind'], r: ArgReader): ChartCommand {
  const options = r.options();
  const functions = r.statsFunctions('by', 'over');
  options.push(...r.options());
  let over: Word | undefined;
  if (r.atKeyword('over')) {
    r.keyword('over');
    over = r.word('a field after over');
  }
  let by: Word[] = [];
  if (r.atKeyword('by')) {
    r.keyword('by');
    const rest = r.optionsAndWords();
    by = rest.words;
    options.push(...rest.options);
  }
  r.end();
  return { kind, options, functions, ...(over ? { over } : {}), by, span: r.span };
}
