import type { ArgItem } from '../../ast/args.js';
import type { GenericCommand } from '../../ast/nodes.js';
import { formatEvalExpr } from '../eval-expr.js';
import type { Printer } from '../printer.js';
import { option, pair, value, word } from '../values.js';

/** A command splice does not model: its name, then its arguments as they were tokenised. */
export function formatGeneric(c: GenericCommand, p: Printer): string {
  return c.args.length === 0 ? c.name.text : `${c.name.text} ${formatArgs(c.args, p)}`;
}

/** Arguments separated by spaces; a comma sticks to what precedes it, as in `a, b`. */
export function formatArgs(items: readonly ArgItem[], p: Printer): string {
  let out = '';
  for (const item of items) {
    const text = formatArg(item, p);
    out += out === '' || item.kind === 'comma' ? text : ` ${text}`;
  }
  return out;
}

function formatArg(item: ArgItem, p: Printer): string {
  switch (item.kind) {
    case 'option':
      return option(item.option);
    case 'not-option':
      return pair(word(item.option.name), '!=', value(item.option.value));
    case 'eval-option':
      return `${word(item.name)}=eval(${formatEvalExpr(item.expr)})`;
    case 'search-option':
      return `${word(item.name)}=(${p.search(item.expr)})`;
    case 'value':
      return value(item.value);
    case 'call':
      // The parenthesis must touch the name: the grammar reads `fn(` as a call only when adjacent.
      return `${item.fn.text}(${formatArgs(item.args, p)})`;
    case 'eval':
      return `eval(${formatEvalExpr(item.expr)})`;
    case 'subsearch':
      return p.subsearch(item.subsearch);
    case 'comma':
      return ',';
  }
}
