import { EmbeddedActionsParser, EOF, type IToken, type TokenType } from 'chevrotain';
import type {
  Aggregate, Command, CommandOption, CompareOp, ConvertCommand, GenericCommand, IplocationCommand, Pipeline,
  RenameCommand, SearchCommand, SearchExpr, SearchValue, TstatsCommand, Word,
} from '../src/ast/nodes.js';
import { cover } from '../src/diagnostics/span.js';
import { errorMessages } from './messages.js';
import * as T from './tokens.js';
import { isQuoted, textOf, tokenEnd, tokenSpan } from './values.js';

const COMPARE_OPS: ReadonlyMap<TokenType, CompareOp> = new Map([
  [T.Equals, '='], [T.NotEquals, '!='], [T.Less, '<'], [T.LessEquals, '<='], [T.Greater, '>'], [T.GreaterEquals, '>='],
]);
const DEDICATED_COMMANDS = new Set(['tstats', 'search', 'rename', 'convert', 'iplocation']);

/**
 * The SPL pipeline grammar (search-language commands). Rules build AST nodes
 * directly; every node carries its span. One instance, reused (Chevrotain guidance).
 */
class SplParser extends EmbeddedActionsParser {
  constructor() {
    super([...T.ALL_TOKENS], { maxLookahead: 3, errorMessageProvider: errorMessages });
    this.performSelfAnalysis();
  }

  private isWord(k: number, ...images: string[]): boolean {
    const t = this.LA(k);
    return (t.tokenType === T.Word || t.tokenType === T.In) && images.includes(t.image.toLowerCase());
  }

  private startsTerm(stopAtBy: boolean): boolean {
    const t = this.LA(1).tokenType;
    if (t === T.Word && stopAtBy && this.isWord(1, 'by')) return false;
    return t === T.Word || t === T.QuotedString || t === T.LParen || t === T.Not;
  }

  private word(token: IToken): Word {
    return { text: textOf(token), span: tokenSpan(token) };
  }

  private value(token: IToken): SearchValue {
    return { text: textOf(token), quoted: isQuoted(token.image), span: tokenSpan(token) };
  }

  public pipeline = this.RULE('pipeline', (): Pipeline => {
    const commands: Command[] = [];
    const lead = this.OPTION(() => this.CONSUME(T.Pipe));
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      { GATE: () => lead !== undefined || this.isWord(1, ...DEDICATED_COMMANDS), ALT: () => commands.push(this.SUBRULE(this.command)) },
      { ALT: () => commands.push(this.SUBRULE(this.implicitSearch)) },
    ] });
    this.MANY(() => {
      this.CONSUME2(T.Pipe);
      commands.push(this.SUBRULE2(this.command));
    });
    // Read the last token before EOF is consumed: during a parse `this.input` is padded
    // with EOF sentinels, so its last element is not the last token of the search.
    const end = this.ACTION(() => endOf(this.LA(0)));
    this.CONSUME(EOF);
    return this.ACTION(() => ({ kind: 'pipeline', commands, span: { start: 0, end } }));
  });

  private implicitSearch = this.RULE('implicitSearch', (): SearchCommand => {
    const expr = this.OPTION(() => this.SUBRULE(this.searchAnd, { ARGS: [false] }));
    return this.ACTION(() => ({ kind: 'search', ...(expr ? { expr } : {}), span: expr?.span ?? { start: 0, end: 0 } }));
  });

  private command = this.RULE('command', (): Command =>
    this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
      { GATE: () => this.isWord(1, 'tstats'), ALT: () => this.SUBRULE(this.tstats) },
      { GATE: () => this.isWord(1, 'search'), ALT: () => this.SUBRULE(this.searchCommand) },
      { GATE: () => this.isWord(1, 'rename'), ALT: () => this.SUBRULE(this.rename) },
      { GATE: () => this.isWord(1, 'convert'), ALT: () => this.SUBRULE(this.convert) },
      { GATE: () => this.isWord(1, 'iplocation'), ALT: () => this.SUBRULE(this.iplocation) },
      { ALT: () => this.SUBRULE(this.generic) },
    ], ERR_MSG: 'a command name' }),
  );

  // ---- search language: OR binds tighter than AND, NOT tightest (Splunk docs, "Boolean expressions").
  private searchAnd = this.RULE('searchAnd', (stopAtBy: boolean): SearchExpr => {
    const items = [this.SUBRULE(this.searchOr, { ARGS: [stopAtBy] })];
    this.MANY({
      MAX_LOOKAHEAD: 1,
      GATE: () => this.LA(1).tokenType === T.And || this.startsTerm(stopAtBy),
      DEF: () => {
        this.OPTION(() => this.CONSUME(T.And));
        items.push(this.SUBRULE2(this.searchOr, { ARGS: [stopAtBy] }));
      },
    });
    return this.ACTION(() => combine('and', items));
  });

  private searchOr = this.RULE('searchOr', (stopAtBy: boolean): SearchExpr => {
    const items = [this.SUBRULE(this.searchNot, { ARGS: [stopAtBy] })];
    this.MANY(() => {
      this.CONSUME(T.Or);
      items.push(this.SUBRULE2(this.searchNot, { ARGS: [stopAtBy] }));
    });
    return this.ACTION(() => combine('or', items));
  });

  private searchNot = this.RULE('searchNot', (stopAtBy: boolean): SearchExpr =>
    this.OR([
      {
        ALT: () => {
          const not = this.CONSUME(T.Not);
          const expr = this.SUBRULE(this.searchNot, { ARGS: [stopAtBy] });
          return this.ACTION((): SearchExpr => ({ kind: 'not', expr, span: cover(tokenSpan(not), expr.span) }));
        },
      },
      { ALT: () => this.SUBRULE(this.searchPrimary) },
    ]),
  );

  private searchPrimary = this.RULE('searchPrimary', (): SearchExpr =>
    this.OR([
      {
        ALT: () => {
          const open = this.CONSUME(T.LParen);
          const inner = this.SUBRULE(this.searchAnd, { ARGS: [false] });
          const close = this.CONSUME(T.RParen);
          return this.ACTION(() => ({ ...inner, span: tokenSpan(open, close) }));
        },
      },
      { ALT: () => this.SUBRULE(this.searchAtom) },
    ]),
  );

  /** `field op value`, `field IN (values)`, or a bare term. */
  private searchAtom = this.RULE('searchAtom', (): SearchExpr => {
    const first = this.OR([{ ALT: () => this.CONSUME(T.Word) }, { ALT: () => this.CONSUME(T.QuotedString) }]);
    return this.OR2([
      {
        ALT: () => {
          const op = this.OR3([
            { ALT: () => this.CONSUME(T.Equals) }, { ALT: () => this.CONSUME(T.NotEquals) },
            { ALT: () => this.CONSUME(T.Less) }, { ALT: () => this.CONSUME(T.LessEquals) },
            { ALT: () => this.CONSUME(T.Greater) }, { ALT: () => this.CONSUME(T.GreaterEquals) },
          ]);
          const v = this.OR4([{ ALT: () => this.CONSUME2(T.Word) }, { ALT: () => this.CONSUME2(T.QuotedString) }]);
          return this.ACTION((): SearchExpr => ({
            kind: 'compare', field: this.word(first), op: COMPARE_OPS.get(op.tokenType) ?? '=', value: this.value(v), span: tokenSpan(first, v),
          }));
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.In);
          this.CONSUME(T.LParen);
          const values: IToken[] = [];
          // Commas are optional separators, and empty entries are skipped: ESCU detections
          // in production write `IN (,"*auth *",)` and `IN ("*:C*",, "*:N*")`.
          this.MANY(() =>
            this.OR5([
              { ALT: () => { values.push(this.CONSUME3(T.Word)); } },
              { ALT: () => { values.push(this.CONSUME3(T.QuotedString)); } },
              { ALT: () => { this.CONSUME(T.Comma); } },
            ]),
          );
          const close = this.CONSUME(T.RParen);
          return this.ACTION((): SearchExpr => ({
            kind: 'in', field: this.word(first), values: values.map((v) => this.value(v)), span: tokenSpan(first, close),
          }));
        },
      },
      { ALT: () => this.ACTION((): SearchExpr => ({ kind: 'term', value: this.value(first), span: tokenSpan(first) })) },
    ]);
  });

  /** A field name; adjacent pieces join, so `"Processes".*` is the name `Processes.*`. */
  private fieldName = this.RULE('fieldName', (): Word => {
    const parts = [this.OR([{ ALT: () => this.CONSUME(T.Word) }, { ALT: () => this.CONSUME(T.QuotedString) }])];
    this.MANY({
      MAX_LOOKAHEAD: 1,
      GATE: () => {
        const next = this.LA(1);
        const prev = parts[parts.length - 1];
        return (next.tokenType === T.Word || next.tokenType === T.QuotedString) && prev !== undefined && next.startOffset === tokenEnd(prev);
      },
      DEF: () => parts.push(this.OR2([{ ALT: () => this.CONSUME2(T.Word) }, { ALT: () => this.CONSUME2(T.QuotedString) }])),
    });
    return this.ACTION(() => ({ text: parts.map(textOf).join(''), span: tokenSpan(parts[0] as IToken, parts[parts.length - 1]) }));
  });

  private optionArg = this.RULE('optionArg', (): CommandOption => {
    const name = this.CONSUME(T.Word);
    this.CONSUME(T.Equals);
    const v = this.OR([{ ALT: () => this.CONSUME2(T.Word) }, { ALT: () => this.CONSUME(T.QuotedString) }]);
    return this.ACTION(() => ({ name: this.word(name), value: this.value(v), span: tokenSpan(name, v) }));
  });

  private keyword = this.RULE('keyword', (): IToken => this.OR([{ ALT: () => this.CONSUME(T.Word) }, { ALT: () => this.CONSUME(T.In) }]));

  // ---- tstats: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Tstats
  private tstats = this.RULE('tstats', (): TstatsCommand => {
    const head = this.CONSUME(T.Word);
    const options: CommandOption[] = [];
    const aggregates: Aggregate[] = [];
    let from: TstatsCommand['from'];
    let where: SearchExpr | undefined;
    const by: Word[] = [];
    let timeSpan: CommandOption | undefined;
    this.MANY({
      MAX_LOOKAHEAD: 1,
      GATE: () => this.LA(1).tokenType === T.Word && !this.isWord(1, 'from', 'where', 'by'),
      DEF: () =>
        this.OR({ IGNORE_AMBIGUITIES: true, DEF: [
          // Any `name=` here is an option (an aggregate never has `=` after its name); the planner
          // checks the name, so a typo such as `summaryonly=` gets "unknown tstats option" and a hint.
          { GATE: () => this.LA(2).tokenType === T.Equals, ALT: () => options.push(this.SUBRULE(this.optionArg)) },
          {
            // Aggregates may be separated by commas, as ESCU writes them: `max(_time) as lastTime, min(_time) as firstTime`.
            ALT: () => {
              aggregates.push(this.SUBRULE(this.aggregate));
              this.OPTION5(() => this.CONSUME2(T.Comma));
            },
          },
        ] }),
    });
    this.OPTION({
      MAX_LOOKAHEAD: 1,
      GATE: () => this.isWord(1, 'from'),
      DEF: () => {
        const kw = this.CONSUME2(T.Word);
        const dmKw = this.CONSUME3(T.Word);
        this.CONSUME(T.Equals);
        const dm = this.OR2([{ ALT: () => this.CONSUME4(T.Word) }, { ALT: () => this.CONSUME(T.QuotedString) }]);
        from = this.ACTION(() => datamodelRef(kw, dmKw, dm));
      },
    });
    this.OPTION2({
      MAX_LOOKAHEAD: 1,
      GATE: () => this.isWord(1, 'where'),
      DEF: () => {
        this.CONSUME5(T.Word);
        where = this.SUBRULE(this.searchAnd, { ARGS: [true] });
      },
    });
    this.OPTION3({
      MAX_LOOKAHEAD: 1,
      GATE: () => this.isWord(1, 'by'),
      DEF: () => {
        this.CONSUME6(T.Word);
        this.AT_LEAST_ONE(() =>
          this.OR3({ IGNORE_AMBIGUITIES: true, DEF: [
            { GATE: () => this.isWord(1, 'span') && this.LA(2).tokenType === T.Equals, ALT: () => { timeSpan = this.SUBRULE2(this.optionArg); } },
            { ALT: () => { by.push(this.SUBRULE(this.fieldName)); this.OPTION4(() => this.CONSUME(T.Comma)); } },
          ] }),
        );
      },
    });
    return this.ACTION(() => ({
      kind: 'tstats', options, aggregates, ...(from ? { from } : {}), ...(where ? { where } : {}), by,
      ...(timeSpan ? { timeSpan } : {}), span: { start: head.startOffset, end: lastEnd(this.LA(0), head) },
    }));
  });

  private aggregate = this.RULE('aggregate', (): Aggregate => {
    const fn = this.CONSUME(T.Word);
    let field: Word | undefined;
    let end = fn;
    this.OPTION(() => {
      this.CONSUME(T.LParen);
      field = this.SUBRULE(this.fieldName);
      end = this.CONSUME(T.RParen);
    });
    let as: Word | undefined;
    this.OPTION2({
      MAX_LOOKAHEAD: 1,
      GATE: () => this.isWord(1, 'as'),
      DEF: () => {
        this.CONSUME2(T.Word);
        as = this.SUBRULE2(this.fieldName);
      },
    });
    return this.ACTION(() => ({ fn: this.word(fn), ...(field ? { field } : {}), ...(as ? { as } : {}), span: { start: fn.startOffset, end: as?.span.end ?? tokenSpan(end).end } }));
  });

  private searchCommand = this.RULE('searchCommand', (): SearchCommand => {
    const head = this.CONSUME(T.Word);
    const expr = this.OPTION(() => this.SUBRULE(this.searchAnd, { ARGS: [false] }));
    return this.ACTION(() => ({ kind: 'search', ...(expr ? { expr } : {}), span: expr ? cover(tokenSpan(head), expr.span) : tokenSpan(head) }));
  });

  // ---- rename: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Rename
  private rename = this.RULE('rename', (): RenameCommand => {
    const head = this.CONSUME(T.Word);
    const pairs: RenameCommand['pairs'][number][] = [];
    this.AT_LEAST_ONE(() => {
      const from = this.SUBRULE(this.fieldName);
      this.SUBRULE(this.asKeyword);
      const to = this.SUBRULE2(this.fieldName);
      this.OPTION(() => this.CONSUME(T.Comma));
      this.ACTION(() => pairs.push({ from, to, span: cover(from.span, to.span) }));
    });
    return this.ACTION(() => ({ kind: 'rename', pairs, span: { start: head.startOffset, end: pairs[pairs.length - 1]?.span.end ?? head.startOffset } }));
  });

  private asKeyword = this.RULE('asKeyword', (): IToken => {
    const t = this.CONSUME(T.Word);
    this.ACTION(() => {
      if (t.image.toLowerCase() !== 'as') throw this.expected("'as'", t);
    });
    return t;
  });

  // ---- convert: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Convert
  private convert = this.RULE('convert', (): ConvertCommand => {
    const head = this.CONSUME(T.Word);
    let timeformat: SearchValue | undefined;
    this.OPTION({ MAX_LOOKAHEAD: 1, GATE: () => this.isWord(1, 'timeformat'), DEF: () => { timeformat = this.SUBRULE(this.optionArg).value; } });
    const conversions: ConvertCommand['conversions'][number][] = [];
    this.AT_LEAST_ONE(() => {
      const fn = this.CONSUME2(T.Word);
      this.CONSUME(T.LParen);
      const field = this.SUBRULE(this.fieldName);
      const close = this.CONSUME(T.RParen);
      let as: Word | undefined;
      this.OPTION2({ MAX_LOOKAHEAD: 1, GATE: () => this.isWord(1, 'as'), DEF: () => { this.CONSUME3(T.Word); as = this.SUBRULE2(this.fieldName); } });
      this.OPTION3(() => this.CONSUME(T.Comma));
      this.ACTION(() => conversions.push({ fn: this.word(fn), field, ...(as ? { as } : {}), span: { start: fn.startOffset, end: as?.span.end ?? tokenSpan(close).end } }));
    });
    return this.ACTION(() => ({ kind: 'convert', ...(timeformat ? { timeformat } : {}), conversions, span: { start: head.startOffset, end: conversions[conversions.length - 1]?.span.end ?? head.startOffset } }));
  });

  // ---- iplocation: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Iplocation
  private iplocation = this.RULE('iplocation', (): IplocationCommand => {
    const head = this.CONSUME(T.Word);
    const options: CommandOption[] = [];
    this.MANY({ MAX_LOOKAHEAD: 1, GATE: () => this.LA(2).tokenType === T.Equals, DEF: () => options.push(this.SUBRULE(this.optionArg)) });
    const field = this.SUBRULE(this.fieldName);
    return this.ACTION(() => ({ kind: 'iplocation', options, field, span: cover(tokenSpan(head), field.span) }));
  });

  /** Any other command: its arguments are kept raw, with spans, so it can be refused precisely. */
  private generic = this.RULE('generic', (): GenericCommand => {
    const name = this.SUBRULE(this.keyword);
    const args: IToken[] = [];
    let depth = 0;
    this.MANY({
      MAX_LOOKAHEAD: 1,
      GATE: () => {
        const t = this.LA(1).tokenType;
        return t !== EOF && (depth > 0 || (t !== T.Pipe && t !== T.RBracket));
      },
      DEF: () => {
        const t = this.SUBRULE(this.anyToken);
        this.ACTION(() => {
          if (t.tokenType === T.LBracket) depth++;
          if (t.tokenType === T.RBracket) depth--;
          args.push(t);
        });
      },
    });
    return this.ACTION(() => ({
      kind: 'generic', name: this.word(name), args: args.map((a) => ({ text: a.image, span: tokenSpan(a) })),
      span: { start: name.startOffset, end: args.length > 0 ? tokenSpan(args[args.length - 1] as IToken).end : tokenSpan(name).end },
    }));
  });

  private anyToken = this.RULE('anyToken', (): IToken =>
    this.OR(T.ALL_TOKENS.filter((t) => t !== T.WhiteSpace).map((t) => ({ ALT: () => this.CONSUME(t) }))),
  );

  private expected(what: string, found: IToken): Error {
    return new ExpectedTokenError(`expected ${what} but found '${found.image}'`, found);
  }
}

export class ExpectedTokenError extends Error {
  constructor(message: string, readonly token: IToken) {
    super(message);
  }
}

function combine(kind: 'and' | 'or', items: SearchExpr[]): SearchExpr {
  if (items.length === 1) return items[0] as SearchExpr;
  const first = items[0] as SearchExpr;
  const last = items[items.length - 1] as SearchExpr;
  return { kind, items, span: cover(first.span, last.span) };
}

function datamodelRef(kw: IToken, dmKw: IToken, dm: IToken): NonNullable<TstatsCommand['from']> {
  if (dmKw.image.toLowerCase() !== 'datamodel') throw new ExpectedTokenError(`expected 'datamodel=' after 'from' but found '${dmKw.image}'`, dmKw);
  const text = textOf(dm);
  const dot = text.indexOf('.');
  const base = tokenSpan(dm).start + (isQuoted(dm.image) ? 1 : 0);
  const datamodel = { text: dot < 0 ? text : text.slice(0, dot), span: { start: base, end: base + (dot < 0 ? text.length : dot) } };
  const dataset = dot < 0 ? undefined : { text: text.slice(dot + 1), span: { start: base + dot + 1, end: base + text.length } };
  return { datamodel, ...(dataset ? { dataset } : {}), span: tokenSpan(kw, dm) };
}

/** The end of a consumed token; 0 when nothing was consumed (LA(0) before the first token). */
function endOf(token: IToken | undefined): number {
  return token === undefined || token.tokenType === EOF || Number.isNaN(token.startOffset) ? 0 : tokenEnd(token);
}

function lastEnd(last: IToken | undefined, fallback: IToken): number {
  return last && !Number.isNaN(last.startOffset) ? tokenSpan(last).end : tokenSpan(fallback).end;
}

export const splParser = new SplParser();
