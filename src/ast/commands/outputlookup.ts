import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** outputlookup: write results to a lookup table. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Outputlookup */
export interface OutputlookupCommand {
  readonly kind: 'outputlookup';
  readonly options: readonly CommandOption[];
  readonly table: Word;
  readonly span: Span;
}
