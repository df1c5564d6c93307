import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** multikv: extract fields from table-formatted events. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Multikv */
export interface MultikvCommand {
  readonly kind: 'multikv';
  readonly options: readonly CommandOption[];
  /** Flags and field lists such as `fields a b`, `noheader=t`. */
  readonly args: readonly Word[];
  readonly span: Span;
}
