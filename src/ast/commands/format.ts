import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, SearchValue } from '../nodes.js';

/** format: turn results into a search string. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Format */
export interface FormatCommand {
  readonly kind: 'format';
  readonly options: readonly CommandOption[];
  /** The six optional row/column prefix, separator and suffix strings. */
  readonly strings: readonly SearchValue[];
  readonly span: Span;
}
