import type { Predicate, ValuePattern } from '../plan/predicate.js';
import { ipInRange } from '../values/ip.js';
import { holds } from './eval/operators.js';
import { matchesCaseInsensitive, splunkCompare } from '../values/match.js';
import { scalarText, valuesOf, type Row } from '../values/value.js';

/**
 * Evaluates a Predicate on one row, with the same rules as the SQL printer:
 * a missing field never matches; a multivalue field matches when any value does.
 */
export function evaluatePredicate(p: Predicate, row: Row): boolean {
  switch (p.kind) {
    case 'and':
      return p.items.every((item) => evaluatePredicate(item, row));
    case 'or':
      return p.items.some((item) => evaluatePredicate(item, row));
    case 'not':
      return !evaluatePredicate(p.item, row);
    case 'true':
      return true;
    case 'subsearch':
      // The runtime replaces subsearch terms with their results before evaluating (run.ts).
      throw new Error('internal error: subsearch term evaluated before it was run');
    case 'exists':
      return valuesOf(row.get(p.field.name)).some((v) => scalarText(v) !== '');
    case 'match': {
      const pattern = p.pattern;
      return valuesOf(row.get(p.field.name)).some((v) => matchesPattern(scalarText(v), pattern));
    }
    case 'compare': {
      const { op, value } = p;
      return valuesOf(row.get(p.field.name)).some((v) => holds(op, splunkCompare(v, value)));
    }
  }
}

function matchesPattern(text: string, pattern: ValuePattern): boolean {
  switch (pattern.kind) {
    case 'exact':
    case 'wildcard':
      return matchesCaseInsensitive(text, pattern.text);
    case 'cidr':
      return ipInRange(text, pattern.range);
  }
}
