import type { ParserMethod } from 'chevrotain';
import type { CommandOption, InputlookupCommand, SearchExpr, Word } from '../../src/ast/nodes.js';
import { GrammarError } from '../errors.js';
import { endsCommand, isWord, type Grammar } from '../rules/context.js';
import { lastEnd } from '../rules/pipeline-util.js';
import * as T from '../tokens.js';
import { tokenSpan } from '../values.js';

/** inputlookup [append=] [start=] [max=] table [where <search>] (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Inputlookup) */
export function defineInputlookup({ b, r }: Grammar): ParserMethod<[], InputlookupCommand> {
  return b.rule('inputlookup', (): InputlookupCommand => {
    const head = b.consumeAt(0, T.Word);
    const options: CommandOption[] = [];
    const names: Word[] = [];
    let where: SearchExpr | undefined;
    b.manyAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => !endsCommand(b.peek(1)) && !isWord(b, 1, 'where'),
      DEF: () =>
        b.orAt(0, {
          IGNORE_AMBIGUITIES: true,
      MAX_LOOKAHEAD: 1,
          DEF: [
            { GATE: () => b.peek(2).tokenType === T.Equals, ALT: () => { options.push(b.subruleAt(0, r.optionArg)); } },
            { ALT: () => { names.push(b.subruleAt(0, r.fieldName)); } },
          ],
        }),
    });
    b.optionAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => isWord(b, 1, 'where'),
      DEF: () => {
        b.consumeAt(1, T.Word);
        where = b.subruleAt(0, r.searchAnd, { ARGS: [false] });
      },
    });
    return b.act(() => {
      const table = names[0];
      if (table === undefined || names.length > 1) {
        throw new GrammarError('inputlookup: expected one lookup table name', names[1]?.span ?? tokenSpan(head));
      }
      return { kind: 'inputlookup', options, table, ...(where ? { where } : {}), span: { start: head.startOffset, end: lastEnd(b.peek(0), head.startOffset) } };
    });
  });
}

