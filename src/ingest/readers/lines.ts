import { readTextChunks, type ReadOptions } from './chunks.js';

/** Consecutive lines of a file: lines[i] is line number first + i. */
export interface LineBatch {
  readonly lines: readonly string[];
  /** 1-based number of lines[0]. */
  readonly first: number;
}

/**
 * Streams a file's lines (LF or CRLF endings, the ending itself dropped), a
 * chunk's worth at a time: one await per batch rather than per line keeps the
 * async overhead off the per-record cost. A final line without a newline is
 * still a line; a trailing newline does not start an extra empty one.
 */
export async function* readLineBatches(file: string, options: ReadOptions = {}): AsyncGenerator<LineBatch> {
  let carry = '';
  let next = 1;
  for await (const chunk of readTextChunks(file, options)) {
    const buf = carry.length > 0 ? carry + chunk : chunk;
    const lines: string[] = [];
    let start = 0;
    let nl = buf.indexOf('\n');
    while (nl >= 0) {
      lines.push(buf.slice(start, nl > start && buf.charCodeAt(nl - 1) === 13 ? nl - 1 : nl));
      start = nl + 1;
      nl = buf.indexOf('\n', start);
    }
    carry = buf.slice(start);
    if (lines.length > 0) {
      yield { lines, first: next };
      next += lines.length;
    }
  }
  if (carry.length > 0) {
    const end = carry.charCodeAt(carry.length - 1) === 13 ? carry.length - 1 : carry.length;
    yield { lines: [carry.slice(0, end)], first: next };
  }
}
