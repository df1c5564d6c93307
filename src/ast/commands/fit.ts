import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, Word } from '../nodes.js';

/** fit (Machine Learning Toolkit): fit a model. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Fit */
export interface FitCommand {
  readonly kind: 'fit';
  readonly algorithm: Word;
  readonly options: readonly CommandOption[];
  readonly fields: readonly Word[];
  readonly by: readonly Word[];
  readonly into?: Word;
  readonly span: Span;
}
