import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, SearchExpr, Word } from '../nodes.js';
import type { EvalExpr } from '../eval.js';

/** transaction options; startswith/endswith may hold a search or an eval expression. */
export type TransactionOption =
  | { readonly kind: 'option'; readonly option: CommandOption }
  | { readonly kind: 'eval'; readonly name: Word; readonly expr: EvalExpr; readonly span: Span }
  | { readonly kind: 'search'; readonly name: Word; readonly expr: SearchExpr; readonly span: Span };

/** transaction: group events into transactions. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Transaction */
export interface TransactionCommand {
  readonly kind: 'transaction';
  readonly fields: readonly Word[];
  readonly options: readonly TransactionOption[];
  readonly span: Span;
}
