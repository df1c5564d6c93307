import type { Span } from '../../diagnostics/span.js';
import type { CommandOption, SearchExpr, StatsFunction, Word } from '../nodes.js';

/** tstats and mstats: statistics over indexed data, data models or metrics. https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Tstats */
export interface TstatsCommand {
  readonly kind: 'tstats' | 'mstats';
  readonly options: readonly CommandOption[];
  readonly functions: readonly StatsFunction[];
  /** tstats: `from datamodel=DM[.Dataset]`. */
  readonly from?: { readonly datamodel: Word; readonly dataset?: Word; readonly span: Span };
  readonly where?: SearchExpr;
  readonly by: readonly Word[];
  readonly timeSpan?: CommandOption;
  readonly span: Span;
}
