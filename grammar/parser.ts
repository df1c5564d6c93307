import type { Pipeline } from '../src/ast/nodes.js';
import { GrammarBuilder } from './builder.js';
import { errorMessages } from './messages.js';
import { defineArguments } from './rules/args-rule.js';
import type { Rules } from './rules/context.js';
import { defineEvalExpression } from './rules/eval-expr.js';
import { definePipeline } from './rules/pipeline.js';
import { defineSearchExpression } from './rules/search-expr.js';
import { ALL_TOKENS } from './tokens.js';

/**
 * The SPL grammar: rules build AST nodes directly, each with its span.
 * Rule groups live in grammar/rules (expressions, arguments, pipeline) and
 * grammar/commands (one file per command). One instance, reused (Chevrotain guidance).
 */
class SplParser extends GrammarBuilder {
  readonly pipeline: Rules['pipeline'];

  constructor() {
    super(ALL_TOKENS, { maxLookahead: 3, errorMessageProvider: errorMessages });
    // Filled in by the define* calls below; rule bodies read it only when the grammar runs.
    const rules = {} as Rules;
    const grammar = { b: this, r: rules };
    defineArguments(grammar);
    defineSearchExpression(grammar);
    defineEvalExpression(grammar);
    definePipeline(grammar);
    this.pipeline = rules.pipeline;
    this.run();
  }

  parse(): Pipeline {
    return this.pipeline(false);
  }
}

export const splParser = new SplParser();
