import type { Span } from '../../diagnostics/span.js';

/**
 * Splunk's limits.conf [stats] caps on the multivalue functions, from
 * limits.conf.spec: `maxvalues` ("Maximum number of values for any field to
 * keep track of"; 0, the default, is unlimited) and `list_maxsize` ("Maximum
 * number of list items to emit when using the list() function", default 100).
 * https://help.splunk.com/en/splunk-enterprise/administer/admin-manual/10.4/configuration-file-reference/10.4.3-configuration-file-reference/limits.conf
 * The list() cap is also on the function's page: "If more than 100 values are
 * in a field, only the first 100 are returned."
 * https://help.splunk.com/splunk-enterprise/spl-search-reference/9.4/statistical-and-charting-functions/multivalue-stats-and-chart-functions
 */
export interface StatsLimits {
  /** The most values values() returns; 0 for all of them. */
  readonly maxValues: number;
  /** The most values list() returns. */
  readonly listMaxSize: number;
  /** Told each time a result is cut; `span` is the function call's, in the expanded search. */
  readonly onCut?: (cut: Cut) => void;
}

export interface Cut {
  readonly fn: 'values' | 'list';
  readonly span: Span;
  /** How many values the result kept, and how many it had. */
  readonly kept: number;
  readonly total: number;
}

export const DEFAULT_STATS_LIMITS: StatsLimits = { maxValues: 0, listMaxSize: 100 };

/**
 * values()'s list cut to the cap. Which values a capped values() keeps is not
 * documented; splice keeps the first ones in values()' own (byte) order, so the
 * result does not depend on the order rows arrive in, which tstats leaves
 * open [INF].
 */
export function capValues<T>(sorted: readonly T[], limits: StatsLimits, span: Span): readonly T[] {
  if (limits.maxValues <= 0 || sorted.length <= limits.maxValues) return sorted;
  limits.onCut?.({ fn: 'values', span, kept: limits.maxValues, total: sorted.length });
  return sorted.slice(0, limits.maxValues);
}
