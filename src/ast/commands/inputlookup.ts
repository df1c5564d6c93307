import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, SearchExpr, Word } from '../nodes.js';

/** inputlookup: read a lookup table. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Inputlookup */
export interface InputlookupCommand {
  readonly kind: 'inputlookup';
  readonly options: readonly CommandOption[];
  readonly table: Word;
  readonly where?: SearchExpr;
  readonly span: Span;
}
