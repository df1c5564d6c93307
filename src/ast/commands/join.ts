import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Subsearch, Word } from '../nodes.js';

/** join: combine with a subsearch on fields. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Join */
export interface JoinCommand {
  readonly kind: 'join';
  readonly options: readonly CommandOption[];
  readonly fields: readonly Word[];
  readonly subsearch: Subsearch;
  readonly span: Span;
}
