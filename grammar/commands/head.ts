import type { HeadCommand, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** head|tail [N] [options] */
export function interpretHead(kind: HeadCommand['kind'], r: ArgReader): HeadCommand {
  const options = r.options();
  let count: Word | undefined;
  if (!r.done()) count = r.word('a number of results');
  options.push(...r.options());
  r.end();
  return { kind, ...(count ? { count } : {}), options, span: r.span };
}
