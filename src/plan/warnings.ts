import type { Plan, PlanWarning, RuntimeStage } from './plan.js';

/** Every warning of a plan and of the subsearch plans inside it. */
export function planWarnings(plan: Plan): PlanWarning[] {
  const out: PlanWarning[] = [...plan.source.warnings];
  const visit = (stages: readonly RuntimeStage[]): void => {
    for (const stage of stages) {
      if (stage.kind === 'join' || stage.kind === 'append') out.push(...planWarnings(stage.plan));
      if (stage.kind === 'appendpipe') visit(stage.stages);
    }
  };
  visit(plan.stages);
  return out;
}
