import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, StatsFunction, Word } from '../nodes.js';

/** chart and timechart. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Chart */
export interface ChartCommand {
  readonly kind: 'chart' | 'timechart';
  readonly options: readonly CommandOption[];
  readonly functions: readonly StatsFunction[];
  /** chart's `over` field. */
  readonly over?: Word;
  readonly by: readonly Word[];
  readonly span: Span;
}
