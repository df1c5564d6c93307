import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, SearchValue } from '../nodes.js';

/** rex: extract fields with a regular expression (or sed mode). https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Rex */
export interface RexCommand {
  readonly kind: 'rex';
  readonly options: readonly CommandOption[];
  readonly pattern: SearchValue;
  readonly span: Span;
}
