import type { Span } from '../../diagnostics/span.js';
import type { SearchValue, Word } from '../nodes.js';

/** replace: replace values in fields. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Replace */
export interface ReplaceCommand {
  readonly kind: 'replace';
  readonly pairs: readonly { readonly from: SearchValue; readonly to: SearchValue; readonly span: Span }[];
  readonly fields: readonly Word[];
  readonly span: Span;
}
