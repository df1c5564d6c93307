import type { ForeachCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** foreach [options] field-patterns [templated subsearch] */
export function interpretForeach(r: ArgReader): ForeachCommand {
  const { options, words } = r.optionsAndWords();
  const body = r.subsearch();
  r.end();
  return { kind: 'foreach', options, fields: words, body, span: r.span };
}
