import type { Span } from '../../diagnostics/span.js';
import type { Word } from '../nodes.js';

/** `field [as alias]`, as lookup's input and output lists take them. */
export interface FieldAlias {
  readonly field: Word;
  readonly as?: Word;
  readonly span: Span;
}

/** A sort key: `[+|-][num|str|ip|auto(]field[)]`. */
export interface SortKey {
  readonly field: Word;
  readonly order?: '+' | '-';
  readonly fn?: 'num' | 'str' | 'ip' | 'auto';
  readonly span: Span;
}
