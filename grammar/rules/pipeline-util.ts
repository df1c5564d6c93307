import type { IToken } from 'chevrotain';
import { tokenEnd } from '../values.js';

/** The end offset of the last token consumed (LA(0)), or `fallback` before any. */
export function lastEnd(last: IToken, fallback: number): number {
  return Number.isNaN(last.startOffset) ? fallback : tokenEnd(last);
}
