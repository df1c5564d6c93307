import type { TransactionCommand, TransactionOption } from '../../ast/nodes.js';
import { formatEvalExpr } from '../eval-expr.js';
import type { Printer } from '../printer.js';
import { option, spaced, word } from '../values.js';

/** `transaction f1 f2 opts`. */
export function formatTransaction(c: TransactionCommand, p: Printer): string {
  return spaced('transaction', ...c.fields.map(word), ...c.options.map((o) => transactionOption(o, p)));
}

/** `name=v`, `name=eval(<expr>)` or `name=(<search>)`. */
function transactionOption(o: TransactionOption, p: Printer): string {
  switch (o.kind) {
    case 'option':
      return option(o.option);
    case 'eval':
      return `${word(o.name)}=eval(${formatEvalExpr(o.expr)})`;
    case 'search':
      return `${word(o.name)}=(${p.search(o.expr)})`;
  }
}
