import type { Span } from '../../diagnostics/span.js';
import type { CommandOption } from '../nodes.js';

/** makeresults: generate empty results. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Makeresults */
export interface MakeresultsCommand {
  readonly kind: 'makeresults';
  readonly options: readonly CommandOption[];
  readonly span: Span;
}
