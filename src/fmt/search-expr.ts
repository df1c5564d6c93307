import type { SearchExpr, Subsearch } from '../ast/nodes.js';
import { pair, value, word } from './values.js';

/**
 * The search language (search, tstats/inputlookup WHERE, transaction's
 * `name=(…)`). Parentheses in a search are not nodes: the parser keeps
 * `(a OR b)` as the `or` itself. It makes a nested and/or node only from
 * written parentheses, so parenthesising every and/or inside an and/or/not
 * reproduces the tree; an `or` inside an `and` would parse the same without
 * them, but Splunk's OR-before-AND surprises readers, so they stay.
 * Subsearches print through `subsearch` (src/fmt/printer.ts says why).
 */
export function formatSearchExpr(expr: SearchExpr, subsearch: (s: Subsearch) => string): string {
  const operand = (x: SearchExpr): string => (x.kind === 'and' || x.kind === 'or' ? `(${formatSearchExpr(x, subsearch)})` : formatSearchExpr(x, subsearch));
  switch (expr.kind) {
    case 'and':
      return expr.items.map(operand).join(' ');
    case 'or':
      return expr.items.map(operand).join(' OR ');
    case 'not':
      return `NOT ${operand(expr.expr)}`;
    case 'compare':
      return pair(word(expr.field), expr.op, value(expr.value));
    case 'in':
      return `${word(expr.field)} IN (${expr.values.map(value).join(', ')})`;
    case 'term':
      return value(expr.value);
    case 'subsearch-term':
      return subsearch(expr.subsearch);
  }
}
