import type { Span } from '../../diagnostics/span.js';
import type { EvalExpr } from '../eval.js';

/** where: filter with an eval expression. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Where */
export interface WhereCommand {
  readonly kind: 'where';
  readonly expr: EvalExpr;
  readonly span: Span;
}
