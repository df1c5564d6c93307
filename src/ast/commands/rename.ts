import type { Span } from '../../diagnostics/span.js';
import type { Word } from '../nodes.js';

/** rename, with wildcards. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Rename */
export interface RenameCommand {
  readonly kind: 'rename';
  readonly pairs: readonly { readonly from: Word; readonly to: Word; readonly span: Span }[];
  readonly span: Span;
}
