import type { ConvertCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { DEFAULT_CTIME_FORMAT } from '../../runtime/time/strftime.js';
import type { ConvertStage } from '../plan.js';

/** convert ctime(field) [as new]: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Convert */
export function planConvert(cmd: ConvertCommand): ConvertStage {
  const conversions = cmd.conversions.map((c) => {
    if (c.fn.text.toLowerCase() !== 'ctime') throw errorAt('unsupported', `unsupported: convert function ${c.fn.text}()`, c.fn.span, ['supported: ctime()']);
    if (c.field.text.includes('*')) throw errorAt('unsupported', 'unsupported: wildcard field in convert', c.field.span);
    return { fn: 'ctime' as const, field: c.field.text, ...(c.as ? { as: c.as.text } : {}) };
  });
  return { kind: 'convert', timeformat: cmd.timeformat?.text ?? DEFAULT_CTIME_FORMAT, conversions, span: cmd.span };
}
