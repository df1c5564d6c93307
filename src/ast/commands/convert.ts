import type { Span } from '../../diagnostics/span.js';
import type { SearchValue, Word } from '../nodes.js';

/** convert: ctime(), mktime(), dur2sec() … on fields. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Convert */
export interface ConvertCommand {
  readonly kind: 'convert';
  readonly timeformat?: SearchValue;
  readonly conversions: readonly { readonly fn: Word; readonly field: Word; readonly as?: Word; readonly span: Span }[];
  readonly span: Span;
}
