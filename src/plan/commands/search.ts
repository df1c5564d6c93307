import type { SearchCommand } from '../../ast/nodes.js';
import type { SearchStage } from '../plan.js';
import { namedField } from '../predicate.js';
import { toPredicate, type SubsearchPlanner } from '../search-to-predicate.js';

/**
 * `| search` after the first command filters result rows by field name,
 * case-sensitively for names and case-insensitively for values. `search *`
 * (the default *_filter body) keeps everything and is dropped.
 */
export function planSearch(cmd: SearchCommand, planSubsearch: SubsearchPlanner): SearchStage | undefined {
  if (!cmd.expr) return undefined;
  const predicate = toPredicate(cmd.expr, (w) => namedField(w.text, w.span), planSubsearch);
  if (predicate.kind === 'true') return undefined;
  return { kind: 'search', predicate, span: cmd.span };
}
