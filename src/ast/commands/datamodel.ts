import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** datamodel: search a data model dataset. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Datamodel */
export interface DatamodelCommand {
  readonly kind: 'datamodel';
  readonly options: readonly CommandOption[];
  /** Data model, dataset and mode (search, flat, …), as given. */
  readonly args: readonly Word[];
  readonly span: Span;
}
