import type { Span } from '../../diagnostics/span.js';
import type { Word } from '../nodes.js';
import type { SortKey } from './shared.js';

/** sort. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Sort */
export interface SortCommand {
  readonly kind: 'sort';
  readonly count?: Word;
  readonly keys: readonly SortKey[];
  /** A trailing `d` reverses the whole order. */
  readonly descending: boolean;
  readonly span: Span;
}
