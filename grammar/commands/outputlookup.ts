import type { OutputlookupCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

export function interpretOutputlookup(r: ArgReader): OutputlookupCommand {
  const options = r.options();
  const table = r.word('a lookup table name');
  options.push(...r.options());
  r.end();
  return { kind: 'outputlookup', options, table, span: r.span };
}
