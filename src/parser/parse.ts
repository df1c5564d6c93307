import { isRecognitionException, type IRecognitionException, type IToken } from 'chevrotain';
import { GrammarError } from '../../grammar/errors.js';
import { splParser } from '../../grammar/parser.js';
import { splLexer } from '../../grammar/tokens.js';
import { tokenEnd, tokenSpan } from '../../grammar/values.js';
import type { Pipeline } from '../ast/nodes.js';
import { errorAt } from '../diagnostics/diagnostic.js';
import type { Span } from '../diagnostics/span.js';
import { MAX_NESTING, measureNesting } from './nesting.js';
import { MAX_TREE_DEPTH, tooDeepNode } from './tree-depth.js';

/**
 * Expanded SPL text → AST. Throws a SpliceError whose span is in `text`
 * (the caller maps it back through the macro SourceMap).
 */
export function parsePipeline(text: string): Pipeline {
  const lexed = splLexer.tokenize(text);
  const lexError = lexed.errors[0];
  if (lexError) {
    const start = lexError.offset;
    const unterminated = text[start] === '"';
    throw errorAt(
      'lex-error',
      unterminated ? 'unterminated quoted string' : `unexpected character '${text[start] ?? ''}'`,
      { start, end: unterminated ? text.length : start + Math.max(1, lexError.length) },
      unterminated ? ['close the string with a double quote; write \\" for a quote inside it'] : [],
    );
  }
  const nesting = measureNesting(lexed.tokens);
  if (nesting.depth > MAX_NESTING && nesting.deepest) throw tooDeep(`nesting deeper than ${MAX_NESTING} levels`, tokenSpan(nesting.deepest));
  // Setting the input resets the parser, so a parse that failed half-way (even by overflowing the stack) leaves nothing behind.
  splParser.input = lexed.tokens;
  let pipeline: Pipeline;
  try {
    pipeline = splParser.parse();
  } catch (e) {
    if (e instanceof GrammarError) throw errorAt('syntax-error', e.message, e.span);
    if (isStackOverflow(e)) throw tooDeep('nesting too deep to parse', nesting.deepest ? tokenSpan(nesting.deepest) : { start: 0, end: text.length });
    throw e;
  }
  const parseError = splParser.errors[0];
  if (parseError) throw syntaxError(parseError, endOfLastToken(lexed.tokens));
  const deepNode = tooDeepNode(pipeline);
  if (deepNode) throw tooDeep(`an expression nested more than ${MAX_TREE_DEPTH} levels deep (each operator of a chain such as a+b+c adds a level)`, deepNode.span);
  return pipeline;
}

function tooDeep(what: string, span: Span): Error {
  return errorAt('unsupported', `unsupported: ${what}`, span, ['split the expression, e.g. into several eval assignments or searches']);
}

/** The parser recursed past the JavaScript stack: only possible when called with little stack left, since nesting is bounded first. */
function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

/**
 * Where "the end of the search" is: just past the last token, not past trailing
 * white space, so a search read from a file ending in a newline is not reported
 * on an empty line after its last one.
 */
function endOfLastToken(tokens: readonly IToken[]): number {
  const last = tokens[tokens.length - 1];
  return last === undefined ? 0 : tokenEnd(last);
}

function syntaxError(error: IRecognitionException, end: number): Error {
  const token = error.token;
  const atEnd = Number.isNaN(token.startOffset) || token.tokenType.name === 'EOF';
  const span = atEnd ? { start: end, end } : tokenSpan(token);
  return errorAt('syntax-error', isRecognitionException(error) ? error.message : String(error), span);
}
