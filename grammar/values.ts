import type { IToken } from 'chevrotain';
import type { Span } from '../src/diagnostics/span.js';

export function tokenSpan(first: IToken, last: IToken = first): Span {
  return { start: first.startOffset, end: tokenEnd(last) };
}

/**
 * The offset just past a token. Computed from its image because the lexer
 * tracks only start offsets (`positionTracking: 'onlyOffset'`), so `endOffset`
 * is never set.
 */
export function tokenEnd(token: IToken): number {
  return token.startOffset + token.image.length;
}

/**
 * The text of a quoted string: `\"` and `\\` are escapes, and any other
 * backslash is kept as written (Splunk search docs, "Quotes and escaping characters").
 */
export function unquote(image: string): string {
  const inner = image.slice(1, -1);
  if (!inner.includes('\\')) return inner;
  return inner.replace(/\\(["\\|])/g, '$1');
}

export function isQuoted(image: string): boolean {
  return image.length >= 2 && image.startsWith('"') && image.endsWith('"');
}

export function textOf(token: IToken): string {
  return isQuoted(token.image) ? unquote(token.image) : token.image;
}
