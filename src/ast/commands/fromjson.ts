import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** fromjson: expand a JSON field into fields. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Fromjson */
export interface FromjsonCommand {
  readonly kind: 'fromjson';
  readonly field: Word;
  readonly options: readonly CommandOption[];
  readonly span: Span;
}
