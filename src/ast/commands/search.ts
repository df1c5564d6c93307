import type { Span } from '../../diagnostics/span.js';
import type { SearchExpr } from '../nodes.js';

/** search: filter with the search language. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Search */
export interface SearchCommand {
  readonly kind: 'search';
  readonly expr?: SearchExpr;
  readonly span: Span;
}
