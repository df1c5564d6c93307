import type { Span } from '../../diagnostics/span.js';
import type { Word } from '../nodes.js';

/** fields: keep or remove fields. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Fields */
export interface FieldsCommand {
  readonly kind: 'fields';
  /** `-` removes the fields; `+` (the default) keeps only them. */
  readonly mode: '+' | '-';
  readonly explicitMode: boolean;
  readonly fields: readonly Word[];
  readonly span: Span;
}
