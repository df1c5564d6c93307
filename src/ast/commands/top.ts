import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** top and rare: most or least common values. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Top */
export interface TopCommand {
  readonly kind: 'top' | 'rare';
  readonly options: readonly CommandOption[];
  readonly fields: readonly Word[];
  readonly by: readonly Word[];
  readonly span: Span;
}
