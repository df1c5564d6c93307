import type { Plan, RuntimeStage } from './plan.js';

/** The lookup tables a plan reads, so only those need loading. */
export function lookupsUsed(plan: Plan): Set<string> {
  const names = new Set<string>();
  const visit = (stages: readonly RuntimeStage[]): void => {
    for (const stage of stages) {
      if (stage.kind === 'command' && stage.command.kind === 'lookup') names.add(stage.command.table.text);
      if (stage.kind === 'join' || stage.kind === 'append') visit(stage.plan.stages);
      if (stage.kind === 'appendpipe') visit(stage.stages);
    }
  };
  visit(plan.stages);
  return names;
}
