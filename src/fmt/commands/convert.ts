import type { ConvertCommand } from '../../ast/nodes.js';
import { pair, spaced, value, word } from '../values.js';

/** `convert [timeformat="…"] fn(f) [as g] …`, conversions separated by spaces as Splunk's syntax gives them. */
export function formatConvert(c: ConvertCommand): string {
  const conversions = c.conversions.map((v) => spaced(`${v.fn.text}(${word(v.field)})`, v.as && `as ${word(v.as)}`));
  return spaced('convert', c.timeformat && pair('timeformat', '=', value(c.timeformat)), ...conversions);
}
