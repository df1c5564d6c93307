import type { FormatCommand, SearchValue } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** format [mvsep=] [maxresults=] ["row prefix" "col prefix" "col sep" "col end" "row sep" "row end"] */
export function interpretFormat(r: ArgReader): FormatCommand {
  const options = r.options();
  const strings: SearchValue[] = [];
  while (!r.done()) strings.push(r.value('a quoted string'));
  return { kind: 'format', options, strings, span: r.span };
}
