import type { Span } from '../../diagnostics/span.js';
import type { SearchValue, Word } from '../nodes.js';

/** regex: keep (or drop) results whose field matches. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Regex */
export interface RegexCommand {
  readonly kind: 'regex';
  readonly field?: Word;
  readonly negated: boolean;
  readonly pattern: SearchValue;
  readonly span: Span;
}
