import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Subsearch } from '../nodes.js';

/** append and appendpipe: add a subsearch's results. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Append */
export interface AppendCommand {
  readonly kind: 'append' | 'appendpipe';
  readonly options: readonly CommandOption[];
  readonly subsearch: Subsearch;
  readonly span: Span;
}
