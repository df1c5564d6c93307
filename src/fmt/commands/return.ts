import type { ReturnCommand } from '../../ast/nodes.js';
import { spaced, word } from '../values.js';

/**
 * `return [N] a alias=b $c`: Splunk's syntax (`[<alias>=<field>…] [<field>…]
 * [$<field>…]`), in written order. `as` is the alias, printed `alias=field`
 * because Splunk does not accept `field as alias` here.
 */
export function formatReturn(c: ReturnCommand): string {
  const items = c.items.map((i) => (i.dollar ? `$${word(i.field)}` : i.as === undefined ? word(i.field) : `${word(i.as)}=${word(i.field)}`));
  return spaced('return', c.count && word(c.count), ...items);
}
