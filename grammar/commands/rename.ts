import type { RenameCommand } from '../../src/ast/nodes.js';
import { cover } from '../../src/diagnostics/span.js';
import type { ArgReader } from './reader.js';

/** rename old as new[, old as new …] */
export function interpretRename(r: ArgReader): RenameCommand {
  const pairs: RenameCommand['pairs'][number][] = [];
  do {
    const from = r.word('a field to rename');
    r.keyword('as');
    const to = r.word('a new name after as');
    pairs.push({ from, to, span: cover(from.span, to.span) });
    r.skipCommas();
  } while (!r.done());
  return { kind: 'rename', pairs, span: r.span };
}
