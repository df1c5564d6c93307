import type { Plan, RuntimeStage } from './plan.js';
import type { Predicate } from './predicate.js';

/** The lookup tables a plan reads, so only those need loading. */
export function lookupsUsed(plan: Plan, names = new Set<string>()): Set<string> {
  if (plan.source.kind === 'inputlookup') names.add(plan.source.table.text);
  const inPredicate = (p: Predicate): void => {
    if (p.kind === 'subsearch') lookupsUsed(p.plan, names);
    if (p.kind === 'and' || p.kind === 'or') p.items.forEach(inPredicate);
    if (p.kind === 'not') inPredicate(p.item);
  };
  if (plan.source.kind === 'inputlookup' && plan.source.where) inPredicate(plan.source.where);
  const visit = (stages: readonly RuntimeStage[]): void => {
    for (const stage of stages) {
      if (stage.kind === 'command' && stage.command.kind === 'lookup') names.add(stage.command.table.text);
      if (stage.kind === 'join' || stage.kind === 'append') lookupsUsed(stage.plan, names);
      if (stage.kind === 'appendpipe') visit(stage.stages);
      if (stage.kind === 'search') inPredicate(stage.predicate);
    }
  };
  visit(plan.stages);
  return names;
}
