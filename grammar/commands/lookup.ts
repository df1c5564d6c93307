import type { FieldAlias, LookupCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

function aliases(r: ArgReader, stop: readonly string[]): FieldAlias[] {
  const out: FieldAlias[] = [];
  for (;;) {
    r.skipCommas();
    if (r.done() || r.atKeyword(...stop)) return out;
    const field = r.word('a field');
    if (r.atKeyword('as')) {
      r.keyword('as');
      const as = r.word('a name after as');
      out.push({ field, as, span: { start: field.span.start, end: as.span.end } });
    } else {
      out.push({ field, span: field.span });
    }
  }
}

/** lookup [local=] [update=] table field [as f] … [OUTPUT|OUTPUTNEW field [as f] …] */
export function interpretLookup(r: ArgReader): LookupCommand {
  const options = r.options();
  const table = r.word('a lookup table name');
  const inputs = aliases(r, ['output', 'outputnew']);
  let output: LookupCommand['output'];
  if (r.atKeyword('output', 'outputnew')) {
    const mode = r.word('OUTPUT or OUTPUTNEW').text.toUpperCase() === 'OUTPUTNEW' ? 'OUTPUTNEW' : 'OUTPUT';
    output = { mode, fields: aliases(r, []) };
  }
  r.end();
  if (inputs.length === 0) throw r.expected('a lookup field', r.peek());
  return { kind: 'lookup', options, table, inputs, ...(output ? { output } : {}), span: r.span };
}
