import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** mvexpand: one result per value of a multivalue field. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Mvexpand */
export interface MvexpandCommand {
  readonly kind: 'mvexpand';
  readonly options: readonly CommandOption[];
  readonly field: Word;
  readonly span: Span;
}
