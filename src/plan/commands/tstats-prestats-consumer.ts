import type { Command, CommandOption, StatsFunction, Word } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import type { TstatsByColumn } from './tstats-scan.js';

/** Names of the same function. */
const ALIASES: Readonly<Record<string, string>> = { c: 'count', distinct_count: 'dc', mean: 'avg' };

/**
 * The command after `tstats prestats=true` must be stats, chart or timechart
 * (the only readers of the prestats format, tstats docs), and may only ask for
 * what the tstats computed: each of its functions must be one of the tstats
 * functions (same function, same field), and it may only split by tstats BY
 * fields (timechart needs `_time` among them). Splunk has no partial
 * aggregate for anything else, so those are refused rather than answered.
 */
export function checkPrestatsConsumer(next: Command | undefined, option: CommandOption, computed: readonly StatsFunction[], by: readonly TstatsByColumn[]): void {
  if (next === undefined) {
    throw errorAt('unsupported', 'unsupported: tstats prestats=true without stats, chart or timechart after it (prestats output is only for them)', option.span);
  }
  if (next.kind !== 'stats' && next.kind !== 'chart' && next.kind !== 'timechart') {
    throw errorAt('unsupported', `unsupported: ${nameOf(next)} after tstats prestats=true (only stats, chart and timechart read prestats results)`, nameSpan(next));
  }
  const available = new Set(computed.map(signature));
  for (const f of next.functions) {
    const arg = f.args[0];
    if (arg?.kind === 'eval') throw errorAt('unsupported', `unsupported: eval(…) in ${next.kind} over tstats prestats=true results (tstats did not compute it)`, arg.span);
    if (!available.has(signature(f))) {
      throw errorAt('unsupported', `unsupported: ${next.kind} ${written(f)} over tstats prestats=true results: the tstats computes only ${computed.map(written).join(', ')}`, f.span);
    }
  }
  const byNames = new Set(by.map((b) => b.name));
  const splits: readonly Word[] = next.kind === 'chart' && next.over ? [next.over, ...next.by] : next.by;
  for (const field of splits) {
    if (!byNames.has(field.text)) throw errorAt('unsupported', `unsupported: ${next.kind} by ${field.text}, which is not a BY field of the tstats prestats=true before it`, field.span);
  }
  if (next.kind === 'timechart' && !byNames.has('_time')) {
    throw errorAt('unsupported', 'unsupported: timechart over tstats prestats=true results without _time in the tstats BY clause', nameSpan(next));
  }
}

/** `fn(field)` with the function's aliases folded, to match a function with the one tstats computed. */
function signature(f: StatsFunction): string {
  const fn = f.fn.text.toLowerCase();
  const arg = f.args[0];
  return `${ALIASES[fn] ?? fn}(${arg?.kind === 'field' ? arg.field.text : ''})`;
}

function written(f: StatsFunction): string {
  const arg = f.args[0];
  return arg === undefined ? f.fn.text : `${f.fn.text}(${arg.kind === 'field' ? arg.field.text : 'eval(…)'})`;
}

function nameOf(command: Command): string {
  return command.kind === 'generic' ? command.name.text : command.kind;
}

function nameSpan(command: Command): Span {
  if (command.kind === 'generic') return command.name.span;
  return { start: command.span.start, end: command.span.start + nameOf(command).length };
}
