import type { TopCommand, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** top/rare: options, fields, `by` fields. */
export function interpretTop(kind: TopCommand['kind'], r: ArgReader): TopCommand {
  const { options, words } = r.optionsAndWords('by');
  let by: Word[] = [];
  if (r.atKeyword('by')) {
    r.keyword('by');
    by = r.words();
  }
  r.end();
  return { kind, options, fields: words, by, span: r.span };
}
