import type { TableCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

export function interpretTable(r: ArgReader): TableCommand {
  const fields = r.words();
  r.end();
  return { kind: 'table', fields, span: r.span };
}
