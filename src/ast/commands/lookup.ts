import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';
import type { FieldAlias } from './shared.js';

/** lookup: enrich results from a lookup table. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Lookup */
export interface LookupCommand {
  readonly kind: 'lookup';
  readonly options: readonly CommandOption[];
  readonly table: Word;
  readonly inputs: readonly FieldAlias[];
  readonly output?: { readonly mode: 'OUTPUT' | 'OUTPUTNEW'; readonly fields: readonly FieldAlias[] };
  readonly span: Span;
}
