import { errorAt } from '../diagnostics/diagnostic.js';

/**
 * Blanks out ```triple-backtick``` comments, keeping every offset (and newline)
 * in place so positions in later stages still match the user's text.
 * contentctl strips these before looking for macros, and so do we.
 */
export function blankComments(text: string): string {
  if (!text.includes('```')) return text;
  let out = '';
  let cursor = 0;
  for (;;) {
    const open = text.indexOf('```', cursor);
    if (open < 0) break;
    const close = text.indexOf('```', open + 3);
    if (close < 0) throw errorAt('syntax-error', 'unterminated ``` comment', { start: open, end: open + 3 });
    out += text.slice(cursor, open) + text.slice(open, close + 3).replace(/[^\n]/g, ' ');
    cursor = close + 3;
  }
  return out + text.slice(cursor);
}
