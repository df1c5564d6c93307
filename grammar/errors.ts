import type { Span } from '../src/diagnostics/span.js';

/** A grammar-level error with its position, e.g. "expected 'as'" while reading a command's arguments. */
export class GrammarError extends Error {
  constructor(message: string, readonly span: Span) {
    super(message);
  }
}
