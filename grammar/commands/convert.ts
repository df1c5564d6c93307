import type { ConvertCommand, SearchValue, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** convert [timeformat="…"] fn(field) [as new] … */
export function interpretConvert(r: ArgReader): ConvertCommand {
  let timeformat: SearchValue | undefined;
  for (const option of r.options()) {
    if (option.name.text.toLowerCase() !== 'timeformat') throw r.expected('timeformat= or a conversion such as ctime(field)', { kind: 'option', option });
    timeformat = option.value;
  }
  const conversions: ConvertCommand['conversions'][number][] = [];
  while (!r.done()) {
    r.skipCommas();
    const item = r.next();
    const field = item?.kind === 'call' ? item.args.find((a) => a.kind === 'value') : undefined;
    if (item?.kind !== 'call' || field?.kind !== 'value') throw r.expected('a conversion such as ctime(field)', item);
    let as: Word | undefined;
    if (r.atKeyword('as')) {
      r.keyword('as');
      as = r.word('a name after as');
    }
    conversions.push({ fn: item.fn, field: { text: field.value.text, span: field.value.span }, ...(as ? { as } : {}), span: { start: item.span.start, end: as?.span.end ?? item.span.end } });
    r.skipCommas();
  }
  if (conversions.length === 0) throw r.expected('a conversion such as ctime(field)', undefined);
  return { kind: 'convert', ...(timeformat ? { timeformat } : {}), conversions, span: r.span };
}
