import type { RegexCommand } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** regex [field=|field!=]"regex" */
export function interpretRegex(r: ArgReader): RegexCommand {
  const item = r.next();
  let result: RegexCommand;
  if (item?.kind === 'option' || item?.kind === 'not-option') {
    result = { kind: 'regex', field: item.option.name, negated: item.kind === 'not-option', pattern: item.option.value, span: r.span };
  } else if (item?.kind === 'value') {
    result = { kind: 'regex', negated: false, pattern: item.value, span: r.span };
  } else {
    throw r.expected('field="regex" or "regex"', item);
  }
  r.end();
  return result;
}
