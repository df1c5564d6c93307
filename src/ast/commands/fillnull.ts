import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** fillnull: replace missing values. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Fillnull */
export interface FillnullCommand {
  readonly kind: 'fillnull';
  readonly options: readonly CommandOption[];
  readonly fields: readonly Word[];
  readonly span: Span;
}
