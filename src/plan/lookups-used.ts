import type { Word } from '../ast/nodes.js';
import type { Plan, RuntimeStage } from './plan.js';
import type { Predicate } from './predicate.js';

/** Every place a plan names a lookup table (inputlookup, lookup, and inside subsearches), in plan order. */
export function lookupReferences(plan: Plan, out: Word[] = []): Word[] {
  const inPredicate = (p: Predicate): void => {
    if (p.kind === 'subsearch') lookupReferences(p.plan, out);
    if (p.kind === 'and' || p.kind === 'or') p.items.forEach(inPredicate);
    if (p.kind === 'not') inPredicate(p.item);
  };
  if (plan.source.kind === 'inputlookup') {
    out.push(plan.source.table);
    if (plan.source.where) inPredicate(plan.source.where);
  }
  const visit = (stages: readonly RuntimeStage[]): void => {
    for (const stage of stages) {
      if (stage.kind === 'command' && stage.command.kind === 'lookup') out.push(stage.command.table);
      if (stage.kind === 'join' || stage.kind === 'append') lookupReferences(stage.plan, out);
      if (stage.kind === 'appendpipe') visit(stage.stages);
      if (stage.kind === 'search') inPredicate(stage.predicate);
    }
  };
  visit(plan.stages);
  return out;
}

/** The lookup tables a plan reads, so only those need loading. */
export function lookupsUsed(plan: Plan): Set<string> {
  return new Set(lookupReferences(plan).map((w) => w.text));
}
