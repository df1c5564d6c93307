import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Subsearch, Word } from '../nodes.js';

/** foreach: run a templated subsearch for each matching field. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Foreach */
export interface ForeachCommand {
  readonly kind: 'foreach';
  readonly options: readonly CommandOption[];
  readonly fields: readonly Word[];
  readonly body: Subsearch;
  readonly span: Span;
}
