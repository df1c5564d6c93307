import { isRecognitionException, type IRecognitionException } from 'chevrotain';
import { ExpectedTokenError, splParser } from '../../grammar/parser.js';
import { splLexer } from '../../grammar/tokens.js';
import { tokenSpan } from '../../grammar/values.js';
import type { Pipeline } from '../ast/nodes.js';
import { errorAt } from '../diagnostics/diagnostic.js';

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
  splParser.input = lexed.tokens;
  let pipeline: Pipeline;
  try {
    pipeline = splParser.pipeline();
  } catch (e) {
    if (e instanceof ExpectedTokenError) throw errorAt('syntax-error', e.message, tokenSpan(e.token));
    throw e;
  }
  const parseError = splParser.errors[0];
  if (parseError) throw syntaxError(parseError, text.length);
  return pipeline;
}

function syntaxError(error: IRecognitionException, textLength: number): Error {
  const token = error.token;
  const atEnd = Number.isNaN(token.startOffset) || token.tokenType.name === 'EOF';
  const span = atEnd ? { start: textLength, end: textLength } : tokenSpan(token);
  return errorAt('syntax-error', isRecognitionException(error) ? error.message : String(error), span);
}
