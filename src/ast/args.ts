import type { Span } from '../diagnostics/span.js';
import type { CommandOption, EvalExpr, SearchExpr, SearchValue, Subsearch, Word } from './nodes.js';

/**
 * A command's arguments as Splunk tokenises them, before the command gives
 * them meaning: options (`name=value`), plain or quoted values, calls
 * (`ctime(x)`, `count(eval(…))`), subsearches and commas. Each command's
 * interpreter (grammar/commands/<command>.ts) turns this list into its typed
 * node; a command splice does not know keeps the list as its raw arguments.
 */
export type ArgItem =
  | { readonly kind: 'option'; readonly option: CommandOption }
  /** `field!=value` (regex's negated form). */
  | { readonly kind: 'not-option'; readonly option: CommandOption }
  | { readonly kind: 'eval-option'; readonly name: Word; readonly expr: EvalExpr; readonly span: Span }
  /** `name=(search expression)`, as transaction's startswith= takes. */
  | { readonly kind: 'search-option'; readonly name: Word; readonly expr: SearchExpr; readonly span: Span }
  | { readonly kind: 'value'; readonly value: SearchValue }
  | { readonly kind: 'call'; readonly fn: Word; readonly args: readonly ArgItem[]; readonly span: Span }
  | { readonly kind: 'eval'; readonly expr: EvalExpr; readonly span: Span }
  | { readonly kind: 'subsearch'; readonly subsearch: Subsearch }
  | { readonly kind: 'comma'; readonly span: Span };

export function spanOfArg(item: ArgItem): Span {
  switch (item.kind) {
    case 'option':
    case 'not-option':
      return item.option.span;
    case 'value':
      return item.value.span;
    case 'subsearch':
      return item.subsearch.span;
    default:
      return item.span;
  }
}

