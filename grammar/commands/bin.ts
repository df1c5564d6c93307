import type { BinCommand, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** bin|bucket [span=] [bins=] … field [as new] */
export function interpretBin(kind: BinCommand['kind'], r: ArgReader): BinCommand {
  const options = r.options();
  const field = r.word('a field to bin');
  options.push(...r.options());
  let as: Word | undefined;
  if (r.atKeyword('as')) {
    r.keyword('as');
    as = r.word('a name after as');
  }
  options.push(...r.options());
  r.end();
  return { kind, options, field, ...(as ? { as } : {}), span: r.span };
}
