import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** bin (alias bucket): put values into buckets. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Bin */
export interface BinCommand {
  readonly kind: 'bin' | 'bucket';
  readonly options: readonly CommandOption[];
  readonly field: Word;
  readonly as?: Word;
  readonly span: Span;
}
