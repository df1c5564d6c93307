import type { SortCommand, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';
import { readSortKeys } from './sort-keys.js';

/** sort [N] [+|-]key, … [d] */
export function interpretSort(r: ArgReader): SortCommand {
  let count: Word | undefined;
  const first = r.peek();
  if (first?.kind === 'value' && /^\d+$/.test(first.value.text)) count = r.word('a count');
  else if (first?.kind === 'option' && first.option.name.text.toLowerCase() === 'limit') {
    // `limit=N` is the same count as a leading N (sort docs, "<count>"); keep it rather than drop it.
    r.next();
    count = { text: first.option.value.text, span: first.option.value.span };
  }
  const keys = readSortKeys(r);
  const descending = r.atKeyword('d', 'desc');
  if (descending) r.next();
  r.end();
  return { kind: 'sort', ...(count ? { count } : {}), keys, descending, span: r.span };
}
