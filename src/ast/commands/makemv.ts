import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** makemv (split a field into values) and mvcombine (merge results into one multivalue). https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Makemv */
export interface MakemvCommand {
  readonly kind: 'makemv' | 'mvcombine';
  readonly options: readonly CommandOption[];
  readonly field: Word;
  readonly span: Span;
}
