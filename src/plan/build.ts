import type { Command, Pipeline } from '../ast/nodes.js';
import { errorAt } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { planConvert } from './commands/convert.js';
import { planIplocation } from './commands/iplocation.js';
import { planRename } from './commands/rename.js';
import { planSearch } from './commands/search.js';
import { planTstats } from './commands/tstats.js';
import { planInputlookup } from './commands/inputlookup.js';
import type { Plan, RuntimeStage, SqlSource } from './plan.js';
import { countParameters, SQLITE_MAX_PARAMETERS } from '../sql/limits.js';

/** AST → Plan: the first command becomes SQL, the rest runtime stages. */
export function planPipeline(pipeline: Pipeline): Plan {
  const [first, ...rest] = pipeline.commands;
  if (!first) throw errorAt('syntax-error', 'empty search', pipeline.span);
  if (first.kind === 'inputlookup') return { source: planInputlookup(first, planPipeline), stages: planStages(rest) };
  if (first.kind !== 'tstats') {
    throw errorAt('unsupported', `unsupported: a search must start with "| tstats … from datamodel=…" or "| inputlookup" (found ${describe(first)})`, nameSpan(first));
  }
  return { source: withinSqlLimits(planTstats(first, rest[0])), stages: planStages(rest) };
}

/** A tstats whose SQL SQLite would refuse to prepare is refused here, with its position. */
function withinSqlLimits(source: SqlSource): SqlSource {
  const count = countParameters(source.select);
  if (count <= SQLITE_MAX_PARAMETERS) return source;
  throw errorAt('unsupported', `unsupported: a tstats with ${count} values to bind; SQLite binds at most ${SQLITE_MAX_PARAMETERS}`, source.span, ['split the search into several searches']);
}

/** Commands after the first, as runtime stages (`search *` and the like drop out). */
function planStages(commands: readonly Command[]): RuntimeStage[] {
  const stages: RuntimeStage[] = [];
  for (const command of commands) {
    const stage = planStage(command);
    if (stage) stages.push(stage);
  }
  return stages;
}

function planStage(command: Command): RuntimeStage | undefined {
  switch (command.kind) {
    case 'tstats':
      throw errorAt('unsupported', 'unsupported: tstats after the first command (prestats/append)', command.span);
    case 'search':
      return planSearch(command, planPipeline);
    case 'rename':
      return planRename(command);
    case 'convert':
      return planConvert(command);
    case 'iplocation':
      return planIplocation(command);
    case 'stats': case 'eventstats': case 'streamstats': case 'top': case 'rare': case 'where': case 'eval':
    case 'table': case 'fields': case 'bin': case 'bucket': case 'fillnull': case 'dedup': case 'sort': case 'head': case 'tail':
    case 'mvexpand': case 'makemv': case 'mvcombine': case 'rex': case 'regex': case 'lookup': case 'addtotals':
    case 'transaction': case 'chart': case 'timechart': case 'spath': case 'replace': case 'foreach':
    case 'outputlookup': case 'collect':
      return { kind: 'command', command, span: command.span };
    case 'join':
      return { kind: 'join', command, plan: planPipeline(command.subsearch.pipeline), span: command.span };
    case 'append':
      return { kind: 'append', command, plan: planPipeline(command.subsearch.pipeline), span: command.span };
    case 'appendpipe':
      return { kind: 'appendpipe', command, stages: planStages(command.subsearch.pipeline.commands), span: command.span };
    case 'inputlookup':
      throw errorAt('unsupported', 'unsupported: inputlookup after the first command (append=true)', nameSpan(command));
    case 'mstats': case 'fieldformat':
    case 'format': case 'return': case 'datamodel': case 'from': case 'makeresults':
    case 'multisearch': case 'addinfo': case 'apply': case 'fit': case 'fromjson':
    case 'xmlkv': case 'anomalydetection': case 'multikv': case 'extract': case 'map': case 'outlier': case 'cyberchef': case 'generic':
      throw errorAt('unsupported', `unsupported command: ${commandName(command)}${whyNot(command)}`, nameSpan(command));
  }
}

/** Why a refused command cannot run outside Splunk, where that is the reason (not merely unimplemented). */
function whyNot(command: Command): string {
  switch (commandName(command)) {
    case 'apply':
    case 'fit':
      return ' (Machine Learning Toolkit models are trained and stored inside a Splunk instance)';
    case 'cyberchef':
      return ' (a Splunkbase app\'s custom command)';
    default:
      return '';
  }
}

function commandName(command: Command): string {
  return command.kind === 'generic' ? command.name.text : command.kind;
}

/** Where the command's name is, for errors that point at it. */
function nameSpan(command: Command): Span {
  if (command.kind === 'generic') return command.name.span;
  if (command.kind === 'search' && command.expr?.span.start === command.span.start) return command.span;
  // An implicit search with nothing in it has an empty span, and no name to point at.
  return { start: command.span.start, end: Math.min(command.span.end, command.span.start + commandName(command).length) };
}

function describe(command: Command): string {
  return command.kind === 'search' ? 'a search' : `"${commandName(command)}"`;
}
