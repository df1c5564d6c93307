import type { Span } from '../../diagnostics/span.js';
import type { Word } from '../nodes.js';

/** from: read a dataset. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/From */
export interface FromCommand {
  readonly kind: 'from';
  /** `datamodel:Endpoint.Processes`, or `datamodel` then `Endpoint.Processes`. */
  readonly args: readonly Word[];
  readonly span: Span;
}
