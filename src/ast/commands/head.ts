import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** head and tail: the first or last N results. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Head */
export interface HeadCommand {
  readonly kind: 'head' | 'tail';
  readonly count?: Word;
  readonly options: readonly CommandOption[];
  readonly span: Span;
}
