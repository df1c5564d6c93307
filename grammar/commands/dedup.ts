import type { DedupCommand, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';
import { readSortKeys } from './sort-keys.js';

/** dedup [N] [options] fields [sortby keys] */
export function interpretDedup(r: ArgReader): DedupCommand {
  let count: Word | undefined;
  const first = r.peek();
  if (first?.kind === 'value' && /^\d+$/.test(first.value.text)) count = r.word('a count');
  const { options, words } = r.optionsAndWords('sortby');
  let sortby: DedupCommand['sortby'] = [];
  if (r.atKeyword('sortby')) {
    r.keyword('sortby');
    sortby = readSortKeys(r);
  }
  r.end();
  return { kind: 'dedup', ...(count ? { count } : {}), options, fields: words, sortby, span: r.span };
}
