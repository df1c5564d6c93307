import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** extract (kv): extract key-value pairs. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Extract */
export interface ExtractCommand {
  readonly kind: 'extract';
  readonly options: readonly CommandOption[];
  readonly args: readonly Word[];
  readonly span: Span;
}
