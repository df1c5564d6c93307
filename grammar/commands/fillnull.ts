import type { FillnullCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** fillnull [value=v] [fields] */
export function interpretFillnull(r: ArgReader): FillnullCommand {
  const { options, words } = r.optionsAndWords();
  r.end();
  return { kind: 'fillnull', options, fields: words, span: r.span };
}
