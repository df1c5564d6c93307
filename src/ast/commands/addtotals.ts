import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** addtotals: sum fields. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Addtotals */
export interface AddtotalsCommand {
  readonly kind: 'addtotals';
  readonly options: readonly CommandOption[];
  readonly fields: readonly Word[];
  readonly span: Span;
}
