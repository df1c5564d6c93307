import type { Span } from '../../diagnostics/span.js';
import type { Subsearch } from '../nodes.js';

/** multisearch: run searches together. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Multisearch */
export interface MultisearchCommand {
  readonly kind: 'multisearch';
  readonly subsearches: readonly Subsearch[];
  readonly span: Span;
}
