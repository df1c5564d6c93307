import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** outlier: remove or transform outlying numbers. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Outlier */
export interface OutlierCommand {
  readonly kind: 'outlier';
  readonly options: readonly CommandOption[];
  readonly fields: readonly Word[];
  readonly span: Span;
}
