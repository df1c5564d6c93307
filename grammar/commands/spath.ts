import type { SearchValue, SpathCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** spath [input=] [output=] [path=] | spath "path" */
export function interpretSpath(r: ArgReader): SpathCommand {
  const options = r.options();
  let path: SearchValue | undefined;
  if (!r.done() && r.peek()?.kind === 'value') path = r.value('a path');
  options.push(...r.options());
  r.end();
  return { kind: 'spath', options, ...(path ? { path } : {}), span: r.span };
}
