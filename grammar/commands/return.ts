import type { ReturnCommand, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** return [N] field | alias=field | $field … */
export function interpretReturn(r: ArgReader): ReturnCommand {
  let count: Word | undefined;
  const first = r.peek();
  if (first?.kind === 'value' && /^\d+$/.test(first.value.text)) count = r.word('a count');
  const items: ReturnCommand['items'][number][] = [];
  while (!r.done()) {
    r.skipCommas();
    const item = r.next();
    if (item?.kind === 'option') {
      const field = { text: item.option.value.text, span: item.option.value.span };
      items.push({ field, as: item.option.name, dollar: false, span: item.option.span });
    } else if (item?.kind === 'value') {
      const dollar = item.value.text.startsWith('$') && !item.value.quoted;
      const text = dollar ? item.value.text.slice(1) : item.value.text;
      items.push({ field: { text, span: item.value.span }, dollar, span: item.value.span });
    } else if (item !== undefined) {
      throw r.expected('a field to return', item);
    }
  }
  return { kind: 'return', ...(count ? { count } : {}), items, span: r.span };
}
