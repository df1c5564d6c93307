import type { JoinCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** join [type=] [max=] … [fields] [subsearch] */
export function interpretJoin(r: ArgReader): JoinCommand {
  const { options, words } = r.optionsAndWords();
  const subsearch = r.subsearch();
  r.end();
  return { kind: 'join', options, fields: words, subsearch, span: r.span };
}
