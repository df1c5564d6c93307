import type { IToken } from 'chevrotain';
import { tokenEnd } from '../values.js';

/** The end offset of the last token consumed (LA(0)), or `fallback` before any. */
export function lastEnd(last: IToken, fallback: number): number {
  return Number.isNaN(last.startOffset) ? fallback : tokenEnd(last);
}

/** Where the next token (LA(1)) starts; at the end of the input, just past the last token consumed (LA(0)). */
export function nextStart(next: IToken, last: IToken): number {
  return Number.isNaN(next.startOffset) ? lastEnd(last, 0) : next.startOffset;
}
