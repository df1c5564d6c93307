import type { Span } from '../../diagnostics/span.js';
import type { Word } from '../nodes.js';

/** return: values from a subsearch. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Return */
export interface ReturnCommand {
  readonly kind: 'return';
  readonly count?: Word;
  readonly items: readonly { readonly field: Word; readonly as?: Word; readonly dollar: boolean; readonly span: Span }[];
  readonly span: Span;
}
