import type { Span } from '../../diagnostics/span.js';
import type { CommandOption } from '../nodes.js';

/** collect: write results to an index. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Collect */
export interface CollectCommand {
  readonly kind: 'collect';
  readonly options: readonly CommandOption[];
  readonly span: Span;
}
