import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';
import type { SortKey } from './shared.js';

/** dedup: drop results with repeated field values. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Dedup */
export interface DedupCommand {
  readonly kind: 'dedup';
  readonly count?: Word;
  readonly options: readonly CommandOption[];
  readonly fields: readonly Word[];
  readonly sortby: readonly SortKey[];
  readonly span: Span;
}
