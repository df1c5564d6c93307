import type { RexCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** rex [field=f] [max_match=n] [mode=sed] [offset_field=f] "regex" — options may come after the pattern too. */
export function interpretRex(r: ArgReader): RexCommand {
  const options = r.options();
  const pattern = r.value('a quoted regular expression');
  options.push(...r.options());
  r.end();
  return { kind: 'rex', options, pattern, span: r.span };
}
