import type { TransactionCommand, TransactionOption, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** transaction [fields] [maxspan=…] [startswith=(search)|eval(…)|"search"] … */
export function interpretTransaction(r: ArgReader): TransactionCommand {
  const fields: Word[] = [];
  const options: TransactionOption[] = [];
  while (!r.done()) {
    r.skipCommas();
    const item = r.next();
    if (item === undefined) break;
    if (item.kind === 'option') options.push({ kind: 'option', option: item.option });
    else if (item.kind === 'eval-option') options.push({ kind: 'eval', name: item.name, expr: item.expr, span: item.span });
    else if (item.kind === 'search-option') options.push({ kind: 'search', name: item.name, expr: item.expr, span: item.span });
    else if (item.kind === 'value' && options.length === 0) fields.push({ text: item.value.text, span: item.value.span });
    else throw r.expected('a field or an option', item);
  }
  return { kind: 'transaction', fields, options, span: r.span };
}
