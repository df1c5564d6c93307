import type { IToken } from 'chevrotain';
import type { ArgItem } from '../../src/ast/args.js';
import type { CommandOption, StatsArgument, StatsFunction, Word } from '../../src/ast/nodes.js';
import * as T from '../tokens.js';
import { textOf, tokenEnd, tokenSpan } from '../values.js';
import { endsCommand, isWord, valueOf, wordOf, type Grammar } from './context.js';

/** Arguments of a command, and the small pieces many commands share. */
export function defineArguments({ b, r }: Grammar): void {
  /** A field name; adjacent pieces join, so `"Processes".*` is the name `Processes.*`. */
  r.fieldName = b.rule('fieldName', (): Word => {
    const parts = [b.orAt(0, [{ ALT: () => b.consumeAt(0, T.Word) }, { ALT: () => b.consumeAt(0, T.QuotedString) }])];
    b.manyAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => {
        const next = b.peek(1);
        const prev = parts[parts.length - 1];
        return (next.tokenType === T.Word || next.tokenType === T.QuotedString) && prev !== undefined && next.startOffset === tokenEnd(prev);
      },
      DEF: () => parts.push(b.orAt(1, [{ ALT: () => b.consumeAt(1, T.Word) }, { ALT: () => b.consumeAt(1, T.QuotedString) }])),
    });
    return b.act(() => ({ text: parts.map(textOf).join(''), span: tokenSpan(parts[0] as IToken, parts[parts.length - 1]) }));
  });

  r.optionArg = b.rule('optionArg', (): CommandOption => {
    const name = b.consumeAt(0, T.Word);
    b.consumeAt(0, T.Equals);
    const v = b.orAt(0, [{ ALT: () => b.consumeAt(1, T.Word) }, { ALT: () => b.consumeAt(0, T.QuotedString) }]);
    return b.act(() => ({ name: wordOf(name), value: valueOf(v), span: tokenSpan(name, v) }));
  });

  r.args = b.rule('args', (insideCall: boolean): ArgItem[] => {
    const items: ArgItem[] = [];
    b.manyAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => !endsCommand(b.peek(1)) && !(insideCall && b.peek(1).tokenType === T.RParen),
      DEF: () => items.push(b.subruleAt(0, arg)),
    });
    return items;
  });

  const evalGroup = b.rule('evalGroup', (): { expr: ArgItem & { kind: 'eval' } } => {
    const open = b.consumeAt(0, T.EvalOpen);
    const expr = b.subruleAt(0, r.evalExpr);
    const close = b.consumeAt(0, T.RParen);
    return b.act(() => ({ expr: { kind: 'eval' as const, expr, span: tokenSpan(open, close) } }));
  });

  const arg = b.rule('arg', (): ArgItem =>
    b.orAt(0, [
      { ALT: () => { const t = b.consumeAt(0, T.Comma); return b.act((): ArgItem => ({ kind: 'comma', span: tokenSpan(t) })); } },
      { ALT: () => { const subsearch = b.subruleAt(0, r.subsearch); return b.act((): ArgItem => ({ kind: 'subsearch', subsearch })); } },
      { ALT: () => b.subruleAt(0, evalGroup).expr },
      { ALT: () => { const t = b.consumeAt(2, T.QuotedString); return b.subruleAt(0, gluedValue, { ARGS: [t] }); } },
      ...[T.TemplateVar, T.In, T.And, T.Or, T.Not].map((type) => ({
        ALT: () => { const t = b.consumeAt(1, type); return b.act((): ArgItem => ({ kind: 'value', value: valueOf(t) })); },
      })),
      { ALT: () => b.subruleAt(0, wordArg) },
    ]),
  );

  /** A word, and what may follow it: `=value`, `!=value`, `=eval(…)`, `=(search)`, or `(call args)`. */
  const wordArg = b.rule('wordArg', (): ArgItem => {
    const word = b.consumeAt(0, T.Word);
    return b.orAt(0, [
      {
        ALT: () => {
          const op = b.orAt(1, [{ ALT: () => b.consumeAt(0, T.Equals) }, { ALT: () => b.consumeAt(0, T.NotEquals) }]);
          return b.orAt(2, [
            {
              ALT: () => {
                const v = b.orAt(3, [{ ALT: () => b.consumeAt(1, T.Word) }, { ALT: () => b.consumeAt(0, T.QuotedString) }]);
                const glued = b.subruleAt(2, gluedValue, { ARGS: [v] });
                return b.act((): ArgItem => {
                  const value = glued.kind === 'value' ? glued.value : valueOf(v);
                  const option = { name: wordOf(word), value, span: { start: word.startOffset, end: value.span.end } };
                  return op.tokenType === T.NotEquals ? { kind: 'not-option', option } : { kind: 'option', option };
                });
              },
            },
            { ALT: () => { const e = b.subruleAt(0, evalGroup).expr; return b.act((): ArgItem => ({ kind: 'eval-option', name: wordOf(word), expr: e.expr, span: { start: word.startOffset, end: e.span.end } })); } },
            {
              ALT: () => {
                b.consumeAt(0, T.LParen);
                const expr = b.subruleAt(0, r.searchAnd, { ARGS: [false] });
                const close = b.consumeAt(0, T.RParen);
                return b.act((): ArgItem => ({ kind: 'search-option', name: wordOf(word), expr, span: tokenSpan(word, close) }));
              },
            },
          ]);
        },
      },
      {
        GATE: () => b.peek(1).startOffset === tokenEnd(word),
        ALT: () => {
          b.consumeAt(1, T.LParen);
          const args = b.subruleAt(0, r.args, { ARGS: [true] });
          const close = b.consumeAt(1, T.RParen);
          return b.act((): ArgItem => ({ kind: 'call', fn: wordOf(word), args, span: tokenSpan(word, close) }));
        },
      },
      { ALT: () => b.subruleAt(1, gluedValue, { ARGS: [word] }) },
    ]);
  });

  /**
   * A value, with any pieces written right against it: `"Processes".*` is the
   * one value `Processes.*` (quoted if any piece was), as Splunk's tokenizer reads it.
   */
  const gluedValue = b.rule('gluedValue', (first?: IToken): ArgItem => {
    const parts: IToken[] = [];
    b.manyAt(0, {
      MAX_LOOKAHEAD: 1,
      GATE: () => {
        const next = b.peek(1);
        const prev = parts[parts.length - 1] ?? first;
        return (next.tokenType === T.Word || next.tokenType === T.QuotedString) && prev !== undefined && next.startOffset === tokenEnd(prev);
      },
      DEF: () => parts.push(b.orAt(0, [{ ALT: () => b.consumeAt(0, T.Word) }, { ALT: () => b.consumeAt(0, T.QuotedString) }])),
    });
    return b.act((): ArgItem => {
      const all = [first as IToken, ...parts];
      if (all.length === 1) return { kind: 'value', value: valueOf(first as IToken) };
      const quoted = all.some((t) => t.tokenType === T.QuotedString);
      return { kind: 'value', value: { text: all.map(textOf).join(''), quoted, span: tokenSpan(all[0] as IToken, all[all.length - 1]) } };
    });
  });

  /** `fn(field|eval(…), …) [as name]` or a bare `count`, as tstats and mstats write them. */
  r.statsFunction = b.rule('statsFunction', (): StatsFunction => {
    const fn = b.consumeAt(0, T.Word);
    const args: StatsArgument[] = [];
    let end: number = tokenEnd(fn);
    b.optionAt(0, () => {
      b.consumeAt(0, T.LParen);
      b.manyAt(0, () =>
        b.orAt(0, [
          { ALT: () => { b.consumeAt(0, T.Comma); } },
          { ALT: () => { const e = b.subruleAt(0, evalGroup).expr; b.act(() => args.push({ kind: 'eval', expr: e.expr, span: e.span })); } },
          { ALT: () => { const field = b.subruleAt(0, r.fieldName); b.act(() => args.push({ kind: 'field', field })); } },
        ]),
      );
      end = tokenEnd(b.consumeAt(0, T.RParen));
    });
    let as: Word | undefined;
    b.optionAt(1, {
      MAX_LOOKAHEAD: 1,
      GATE: () => isWord(b, 1, 'as'),
      DEF: () => {
        b.consumeAt(1, T.Word);
        as = b.subruleAt(1, r.fieldName);
      },
    });
    return b.act(() => ({ fn: wordOf(fn), args, ...(as ? { as } : {}), span: { start: fn.startOffset, end: as?.span.end ?? end } }));
  });
}
