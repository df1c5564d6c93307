import type { Span } from '../../diagnostics/span.js';
import type { Word } from '../nodes.js';
import type { ArgItem } from '../args.js';

/** A command splice does not model: kept with its raw arguments so it can be refused precisely. */
export interface GenericCommand {
  readonly kind: 'generic';
  readonly name: Word;
  readonly args: readonly ArgItem[];
  readonly span: Span;
}
