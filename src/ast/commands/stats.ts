import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, StatsFunction, Word } from '../nodes.js';

/** stats, eventstats and streamstats: the same function and BY syntax. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Stats */
export interface StatsCommand {
  readonly kind: 'stats' | 'eventstats' | 'streamstats';
  readonly options: readonly CommandOption[];
  readonly functions: readonly StatsFunction[];
  readonly by: readonly Word[];
  readonly span: Span;
}
