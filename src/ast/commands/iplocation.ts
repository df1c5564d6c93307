import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** iplocation: add geographic fields for an IP field. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Iplocation */
export interface IplocationCommand {
  readonly kind: 'iplocation';
  readonly options: readonly CommandOption[];
  readonly field: Word;
  readonly span: Span;
}
