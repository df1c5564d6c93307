import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, SearchValue } from '../nodes.js';

/** spath: extract from JSON or XML. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Spath */
export interface SpathCommand {
  readonly kind: 'spath';
  readonly options: readonly CommandOption[];
  /** A positional path, as in `spath "a.b{}"`. */
  readonly path?: SearchValue;
  readonly span: Span;
}
