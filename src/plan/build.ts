import type { Command, Pipeline } from '../ast/nodes.js';
import { errorAt } from '../diagnostics/diagnostic.js';
import { planConvert } from './commands/convert.js';
import { planIplocation } from './commands/iplocation.js';
import { planRename } from './commands/rename.js';
import { planSearch } from './commands/search.js';
import { planTstats } from './commands/tstats.js';
import type { Plan, RuntimeStage } from './plan.js';

/** AST → Plan: the first command becomes SQL, the rest runtime stages. */
export function planPipeline(pipeline: Pipeline): Plan {
  const [first, ...rest] = pipeline.commands;
  if (!first) throw errorAt('syntax-error', 'empty search', pipeline.span);
  if (first.kind !== 'tstats') {
    throw errorAt('unsupported', `unsupported: a search must start with "| tstats … from datamodel=…" (found ${describe(first)})`, first.span);
  }
  const stages: RuntimeStage[] = [];
  for (const command of rest) {
    const stage = planStage(command);
    if (stage) stages.push(stage);
  }
  return { source: planTstats(first), stages };
}

function planStage(command: Command): RuntimeStage | undefined {
  switch (command.kind) {
    case 'tstats':
      throw errorAt('unsupported', 'unsupported: tstats after the first command (prestats/append)', command.span);
    case 'search':
      return planSearch(command);
    case 'rename':
      return planRename(command);
    case 'convert':
      return planConvert(command);
    case 'iplocation':
      return planIplocation(command);
    case 'generic':
      throw errorAt('unsupported', `unsupported command: ${command.name.text}`, command.name.span);
  }
}

function describe(command: Command): string {
  return command.kind === 'generic' ? `"${command.name.text}"` : command.kind === 'search' ? 'a search' : `"${command.kind}"`;
}
