import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Subsearch } from '../nodes.js';

/** map: run a search for each result. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Map */
export interface MapCommand {
  readonly kind: 'map';
  readonly options: readonly CommandOption[];
  readonly subsearch?: Subsearch;
  readonly span: Span;
}
