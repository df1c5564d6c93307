import {
  EmbeddedActionsParser, type DSLMethodOpts, type DSLMethodOptsWithErr, type IOrAlt, type IParserConfig, type IToken,
  type OrMethodOpts, type ParserMethod, type SubruleMethodOpts, type TokenType,
} from 'chevrotain';

/**
 * Chevrotain's DSL made callable from other modules, so each command's grammar
 * can live in its own file (grammar/commands/<command>.ts) and receive the
 * parser as an argument. The `idx` arguments are Chevrotain's occurrence
 * indexes (CONSUME2 ≡ consumeAt(2, …)).
 */
export class GrammarBuilder extends EmbeddedActionsParser {
  constructor(tokens: readonly TokenType[], config: IParserConfig) {
    super([...tokens], config);
  }

  rule<A extends unknown[], R>(name: string, impl: (...args: A) => R): ParserMethod<A, R> {
    return this.RULE(name, impl);
  }

  consumeAt(idx: number, token: TokenType): IToken {
    return this.consume(idx, token);
  }

  subruleAt<A extends unknown[], R>(idx: number, rule: ParserMethod<A, R>, options?: SubruleMethodOpts<A>): R {
    return this.subrule(idx, rule, options);
  }

  optionAt<R>(idx: number, def: (() => R) | DSLMethodOpts<R>): R | undefined {
    return this.option(idx, def);
  }

  orAt<R>(idx: number, alts: IOrAlt<R>[] | OrMethodOpts<R>): R {
    return this.or(idx, alts);
  }

  manyAt(idx: number, def: (() => void) | DSLMethodOpts<void>): void {
    this.many(idx, def);
  }

  atLeastOneAt(idx: number, def: (() => void) | DSLMethodOptsWithErr<void>): void {
    this.atLeastOne(idx, def);
  }

  act<R>(impl: () => R): R {
    return this.ACTION(impl);
  }

  peek(k: number): IToken {
    return this.LA(k);
  }

  run(): void {
    this.performSelfAnalysis();
  }
}
