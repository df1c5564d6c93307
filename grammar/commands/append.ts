import type { AppendCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** append|appendpipe [options] [subsearch] */
export function interpretAppend(kind: AppendCommand['kind'], r: ArgReader): AppendCommand {
  const options = r.options();
  const subsearch = r.subsearch();
  r.end();
  return { kind, options, subsearch, span: r.span };
}
