import { EOF } from 'chevrotain';
import type { Command, Pipeline, SearchCommand, Subsearch } from '../../src/ast/nodes.js';
import { cover } from '../../src/diagnostics/span.js';
import { interpretCommand } from '../commands/index.js';
import { defineEvalCommand } from '../commands/eval.js';
import { defineInputlookup } from '../commands/inputlookup.js';
import { defineStatsGenerating } from '../commands/tstats.js';
import * as T from '../tokens.js';
import { tokenEnd, tokenSpan } from '../values.js';
import { isWord, wordOf, type Grammar } from './context.js';
import { startsWithCommand } from './leading.js';
import { lastEnd, nextStart } from './pipeline-util.js';



export function definePipeline(g: Grammar): void {
  const { b, r } = g;
  const tstats = defineStatsGenerating(g);
  const inputlookup = defineInputlookup(g);
  const evalCommand = defineEvalCommand(g);

  r.pipeline = b.rule('pipeline', (inSubsearch: boolean): Pipeline => {
    const commands: Command[] = [];
    const lead = b.optionAt(0, () => b.consumeAt(0, T.Pipe));
    const start = b.act(() => nextStart(b.peek(1), b.peek(0)));
    b.orAt(0, {
      IGNORE_AMBIGUITIES: true,
      MAX_LOOKAHEAD: 1,
      DEF: [
        {
          GATE: () => lead !== undefined || b.peek(1).tokenType === T.EvalCommand || (b.peek(1).tokenType === T.Word && startsWithCommand(b.peek(1).image, inSubsearch)),
          ALT: () => commands.push(b.subruleAt(0, r.command)),
        },
        { ALT: () => commands.push(b.subruleAt(0, implicitSearch)) },
      ],
    });
    b.manyAt(0, () => {
      b.consumeAt(1, T.Pipe);
      commands.push(b.subruleAt(1, r.command));
    });
    const end = b.act(() => lastEnd(b.peek(0), start));
    if (!inSubsearch) b.consumeAt(0, EOF);
    return b.act(() => ({ kind: 'pipeline', commands, span: { start: inSubsearch ? start : 0, end } }));
  });

  r.subsearch = b.rule('subsearch', (): Subsearch => {
    const open = b.consumeAt(0, T.LBracket);
    const pipeline = b.subruleAt(0, r.pipeline, { ARGS: [true] });
    const close = b.consumeAt(0, T.RBracket);
    return b.act(() => ({ kind: 'subsearch', pipeline, span: tokenSpan(open, close) }));
  });

  const implicitSearch = b.rule('implicitSearch', (): SearchCommand => {
    const expr = b.optionAt(0, () => b.subruleAt(0, r.searchAnd, { ARGS: [false] }));
    return b.act(() => {
      const at = nextStart(b.peek(1), b.peek(0));
      return { kind: 'search', ...(expr ? { expr } : {}), span: expr?.span ?? { start: at, end: at } };
    });
  });

  const searchCommand = b.rule('searchCommand', (): SearchCommand => {
    const head = b.consumeAt(0, T.Word);
    const expr = b.optionAt(0, () => b.subruleAt(0, r.searchAnd, { ARGS: [false] }));
    return b.act(() => ({ kind: 'search', ...(expr ? { expr } : {}), span: expr ? cover(tokenSpan(head), expr.span) : tokenSpan(head) }));
  });

  /** Any other command: its arguments, given meaning by the command's interpreter. */
  const argsCommand = b.rule('argsCommand', (): Command => {
    const name = b.consumeAt(0, T.Word);
    const args = b.subruleAt(0, r.args, { ARGS: [false] });
    return b.act(() => interpretCommand(wordOf(name), args, { start: name.startOffset, end: lastEnd(b.peek(0), tokenEnd(name)) }));
  });

  r.command = b.rule('command', (): Command =>
    b.orAt(0, {
      IGNORE_AMBIGUITIES: true,
      MAX_LOOKAHEAD: 1,
      ERR_MSG: 'a command name',
      DEF: [
        { GATE: () => b.peek(1).tokenType === T.EvalCommand, ALT: () => b.subruleAt(0, evalCommand) },
        { GATE: () => isWord(b, 1, 'tstats', 'mstats'), ALT: () => b.subruleAt(0, tstats) },
        { GATE: () => isWord(b, 1, 'inputlookup'), ALT: () => b.subruleAt(0, inputlookup) },
        { GATE: () => isWord(b, 1, 'search'), ALT: () => b.subruleAt(0, searchCommand) },
        { ALT: () => b.subruleAt(0, argsCommand) },
      ],
    }),
  );
}
