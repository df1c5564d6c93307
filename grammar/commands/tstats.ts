import type { IToken, ParserMethod } from 'chevrotain';
import type { CommandOption, SearchExpr, StatsFunction, TstatsCommand, Word } from '../../src/ast/nodes.js';
import { GrammarError } from '../errors.js';
import { lastEnd } from '../rules/pipeline-util.js';
import { isWord, type Grammar } from '../rules/context.js';
import * as T from '../tokens.js';
import { isQuoted, textOf, tokenSpan } from '../values.js';

/**
 * tstats and mstats: `[options] functions [from datamodel=DM[.Dataset]]
 * [where <search>] [by fields [span=…]]`
 * (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Tstats).
 */
export function defineStatsGenerating({ b, r }: Grammar): ParserMethod<[], TstatsCommand> {
  return b.rule('tstats', (): TstatsCommand => {
    const head = b.consumeAt(0, T.Word);
    const options: CommandOption[] = [];
    const functions: StatsFunction[] = [];
    let from: TstatsCommand['from'];
    let where: SearchExpr | undefined;
    const by: Word[] = [];
    let timeSpan: CommandOption | undefined;
    b.manyAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => (b.peek(1).tokenType === T.Word && !isWord(b, 1, 'from', 'where', 'by')) || b.peek(1).tokenType === T.Comma,
      DEF: () =>
        b.orAt(0, {
          IGNORE_AMBIGUITIES: true,
      MAX_LOOKAHEAD: 1,
          DEF: [
            { GATE: () => b.peek(1).tokenType === T.Comma, ALT: () => { b.consumeAt(0, T.Comma); } },
            { GATE: () => b.peek(2).tokenType === T.Equals, ALT: () => { options.push(b.subruleAt(0, r.optionArg)); } },
            { ALT: () => { functions.push(b.subruleAt(0, r.statsFunction)); } },
          ],
        }),
    });
    b.optionAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => isWord(b, 1, 'from'),
      DEF: () => {
        const kw = b.consumeAt(1, T.Word);
        const dmKw = b.consumeAt(2, T.Word);
        b.consumeAt(0, T.Equals);
        const dm = b.orAt(1, [{ ALT: () => b.consumeAt(3, T.Word) }, { ALT: () => b.consumeAt(0, T.QuotedString) }]);
        from = b.act(() => datamodelRef(kw, dmKw, dm));
      },
    });
    b.optionAt(1, {
      MAX_LOOKAHEAD: 1,
      GATE: () => isWord(b, 1, 'where'),
      DEF: () => {
        b.consumeAt(4, T.Word);
        where = b.subruleAt(0, r.searchAnd, { ARGS: [true] });
      },
    });
    b.optionAt(2, {
      MAX_LOOKAHEAD: 1,
      GATE: () => isWord(b, 1, 'by'),
      DEF: () => {
        b.consumeAt(5, T.Word);
        b.atLeastOneAt(0, () =>
          b.orAt(2, {
            IGNORE_AMBIGUITIES: true,
      MAX_LOOKAHEAD: 1,
            DEF: [
              {
                GATE: () => isWord(b, 1, 'span') && b.peek(2).tokenType === T.Equals,
                ALT: () => {
                  timeSpan = b.subruleAt(1, r.optionArg);
                  b.optionAt(4, () => b.consumeAt(2, T.Comma));
                },
              },
              { ALT: () => { by.push(b.subruleAt(0, r.fieldName)); b.optionAt(3, () => b.consumeAt(1, T.Comma)); } },
            ],
          }),
        );
      },
    });
    return b.act(() => ({
      kind: head.image.toLowerCase() === 'mstats' ? 'mstats' : 'tstats',
      options, functions, ...(from ? { from } : {}), ...(where ? { where } : {}), by,
      ...(timeSpan ? { timeSpan } : {}), span: { start: head.startOffset, end: lastEnd(b.peek(0), head.startOffset) },
    }));
  });
}

function datamodelRef(kw: IToken, dmKw: IToken, dm: IToken): NonNullable<TstatsCommand['from']> {
  if (dmKw.image.toLowerCase() !== 'datamodel') throw new GrammarError(`expected 'datamodel=' after 'from' but found '${dmKw.image}'`, tokenSpan(dmKw));
  const text = textOf(dm);
  const dot = text.indexOf('.');
  const base = tokenSpan(dm).start + (isQuoted(dm.image) ? 1 : 0);
  const datamodel = { text: dot < 0 ? text : text.slice(0, dot), span: { start: base, end: base + (dot < 0 ? text.length : dot) } };
  const dataset = dot < 0 ? undefined : { text: text.slice(dot + 1), span: { start: base + dot + 1, end: base + text.length } };
  return { datamodel, ...(dataset ? { dataset } : {}), span: tokenSpan(kw, dm) };
}

