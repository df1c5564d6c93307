import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** xmlkv: extract XML key-value pairs. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Xmlkv */
export interface XmlkvCommand {
  readonly kind: 'xmlkv';
  readonly field?: Word;
  readonly options: readonly CommandOption[];
  readonly span: Span;
}
