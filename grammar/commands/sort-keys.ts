import type { SortKey } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

const FUNCTIONS = ['num', 'str', 'ip', 'auto'] as const;

/** Sort keys: `-x`, `+y`, `num(z)`, `- x` (the sign may stand alone). */
export function readSortKeys(r: ArgReader): SortKey[] {
  const keys: SortKey[] = [];
  for (;;) {
    r.skipCommas();
    const item = r.peek();
    if (item === undefined) return keys;
    if (item.kind === 'value' && (item.value.text === '-' || item.value.text === '+') && !item.value.quoted) {
      r.next();
      const key = readKey(r);
      keys.push({ ...key, order: item.value.text === '-' ? '-' : '+', span: { start: item.value.span.start, end: key.span.end } });
    } else if (item.kind === 'value' && r.atKeyword('d', 'desc')) {
      return keys;
    } else {
      keys.push(readKey(r));
    }
  }
}

function readKey(r: ArgReader): SortKey {
  const item = r.next();
  if (item?.kind === 'call') {
    const fn = FUNCTIONS.find((f) => f === item.fn.text.toLowerCase());
    const inner = item.args[0];
    if (fn === undefined || inner?.kind !== 'value' || item.args.length !== 1) throw r.expected('num(field), str(field), ip(field) or auto(field)', item);
    return { field: { text: inner.value.text, span: inner.value.span }, fn, span: item.span };
  }
  if (item?.kind !== 'value') throw r.expected('a field to sort by', item);
  const text = item.value.text;
  if (!item.value.quoted && (text.startsWith('-') || text.startsWith('+')) && text.length > 1) {
    const span = { start: item.value.span.start + 1, end: item.value.span.end };
    return { field: { text: text.slice(1), span }, order: text[0] === '-' ? '-' : '+', span: item.value.span };
  }
  return { field: { text, span: item.value.span }, span: item.value.span };
}
