import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** apply (Machine Learning Toolkit): apply a fitted model. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Apply */
export interface ApplyCommand {
  readonly kind: 'apply';
  readonly model: Word;
  readonly as?: Word;
  readonly options: readonly CommandOption[];
  readonly span: Span;
}
