import type { Span } from '../../diagnostics/span.js';
import type { Word } from '../nodes.js';
import type { EvalExpr } from '../eval.js';

export interface EvalAssignment {
  /** The target field; a <<FIELD>> template inside foreach. */
  readonly field: Word;
  readonly expr: EvalExpr;
  readonly span: Span;
}

/** eval (and fieldformat): computed fields. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Eval */
export interface EvalCommand {
  readonly kind: 'eval' | 'fieldformat';
  readonly assignments: readonly EvalAssignment[];
  readonly span: Span;
}
