import type { ArgItem } from '../../src/ast/args.js';
import { spanOfArg } from '../../src/ast/args.js';
import type { CommandOption, SearchValue, StatsFunction, StatsArgument, Subsearch, Word } from '../../src/ast/nodes.js';
import type { Span } from '../../src/diagnostics/span.js';
import { GrammarError } from '../errors.js';

/**
 * Reads a command's argument list in order, the way each command's
 * documentation describes it. Errors name what was expected and where.
 */
export class ArgReader {
  private index = 0;

  constructor(readonly command: Word, private readonly items: readonly ArgItem[], readonly span: Span) {}

  peek(): ArgItem | undefined {
    return this.items[this.index];
  }

  next(): ArgItem | undefined {
    return this.items[this.index++];
  }

  done(): boolean {
    return this.index >= this.items.length;
  }

  /** Whether the next item is a bare word with one of these texts (any case). */
  atKeyword(...words: readonly string[]): boolean {
    const item = this.peek();
    return item?.kind === 'value' && !item.value.quoted && words.includes(item.value.text.toLowerCase());
  }

  skipCommas(): void {
    while (this.peek()?.kind === 'comma') this.index++;
  }

  /** Takes `name=value` options at the current position. */
  options(): CommandOption[] {
    const out: CommandOption[] = [];
    for (let item = this.peek(); item?.kind === 'option'; item = this.peek()) {
      out.push(item.option);
      this.index++;
    }
    return out;
  }

  value(what: string): SearchValue {
    this.skipCommas();
    const item = this.next();
    if (item?.kind !== 'value') throw this.expected(what, item);
    return item.value;
  }

  word(what: string): Word {
    const v = this.value(what);
    return { text: v.text, span: v.span };
  }

  /** A field name; `as aceFlags(inheritance)` names a field with parentheses, so a call-shaped item counts. */
  name(what: string): Word {
    this.skipCommas();
    const item = this.peek();
    if (item?.kind === 'call') {
      this.index++;
      return { text: callText(item), span: item.span };
    }
    return this.word(what);
  }

  keyword(word: string): void {
    this.skipCommas();
    if (!this.atKeyword(word)) throw this.expected(`'${word}'`, this.peek());
    this.index++;
  }

  /** Words until the end or one of the stop keywords; commas between them are allowed. */
  words(...stop: readonly string[]): Word[] {
    const out: Word[] = [];
    for (;;) {
      this.skipCommas();
      const item = this.peek();
      if (item?.kind === 'call') {
        // A field named like a call, e.g. predicted(x) from the Machine Learning Toolkit.
        out.push({ text: callText(item), span: item.span });
        this.index++;
        continue;
      }
      if (item?.kind !== 'value' || this.atKeyword(...stop)) return out;
      out.push({ text: item.value.text, span: item.value.span });
      this.index++;
    }
  }

  /** Options and words in any order (e.g. `fillnull value=0 a b`). */
  optionsAndWords(...stop: readonly string[]): { options: CommandOption[]; words: Word[] } {
    const options: CommandOption[] = [];
    const words: Word[] = [];
    for (;;) {
      options.push(...this.options());
      const before = this.index;
      words.push(...this.words(...stop));
      if (this.index === before) return { options, words };
    }
  }

  subsearch(): Subsearch {
    this.skipCommas();
    const item = this.next();
    if (item?.kind !== 'subsearch') throw this.expected('a [subsearch]', item);
    return item.subsearch;
  }

  /** Statistical functions: `count`, `dc(x)`, `count(eval(…)) as n`, until `by` (or another stop word). */
  statsFunctions(...stop: readonly string[]): StatsFunction[] {
    const out: StatsFunction[] = [];
    for (;;) {
      this.skipCommas();
      const item = this.peek();
      if (item === undefined || this.atKeyword(...stop)) return out;
      if (item.kind !== 'call' && item.kind !== 'value') throw this.expected('a statistical function', item);
      if (item.kind === 'value' && item.value.quoted) throw this.expected('a statistical function', item);
      this.index++;
      const fn: Word = item.kind === 'call' ? item.fn : { text: item.value.text, span: item.value.span };
      const args = item.kind === 'call' ? item.args.filter((a) => a.kind !== 'comma').map((a) => this.statsArgument(a)) : [];
      let as: Word | undefined;
      if (this.atKeyword('as')) {
        this.index++;
        as = this.name('a name after as');
      }
      out.push({ fn, args, ...(as ? { as } : {}), span: { start: fn.span.start, end: as?.span.end ?? spanOfArg(item).end } });
    }
  }

  private statsArgument(item: ArgItem): StatsArgument {
    if (item.kind === 'eval') return { kind: 'eval', expr: item.expr, span: item.span };
    if (item.kind === 'value') return { kind: 'field', field: { text: item.value.text, span: item.value.span } };
    throw this.expected('a field or eval(…)', item);
  }

  /** Fails unless every argument was used. */
  end(): void {
    this.skipCommas();
    const item = this.peek();
    if (item !== undefined) throw new GrammarError(`${this.command.text}: unexpected argument`, spanOfArg(item));
  }

  expected(what: string, found: ArgItem | undefined): GrammarError {
    const at = found === undefined ? { start: this.span.end, end: this.span.end } : spanOfArg(found);
    return new GrammarError(`${this.command.text}: expected ${what}${found === undefined ? ' but the command ended' : ''}`, at);
  }
}

/** The text of a call-shaped argument, e.g. `aceFlags(inheritance)`. */
function callText(item: ArgItem & { kind: 'call' }): string {
  const inner = item.args.map((a) => (a.kind === 'value' ? a.value.text : a.kind === 'comma' ? ',' : a.kind === 'call' ? callText(a) : '')).join('');
  return `${item.fn.text}(${inner})`;
}
