import type { Span } from '../../diagnostics/span.js';
import type { Word } from '../nodes.js';

/** table: keep these fields, in this order. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Table */
export interface TableCommand {
  readonly kind: 'table';
  readonly fields: readonly Word[];
  readonly span: Span;
}
