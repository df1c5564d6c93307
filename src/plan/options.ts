import type { CommandOption } from '../ast/nodes.js';
import { errorAt } from '../diagnostics/diagnostic.js';

/** Splunk booleans: true/false, t/f, 1/0, yes/no, any case. */
export function booleanOption(option: CommandOption): boolean {
  const text = option.value.text.toLowerCase();
  if (['true', 't', '1', 'yes', 'y'].includes(text)) return true;
  if (['false', 'f', '0', 'no', 'n'].includes(text)) return false;
  throw errorAt('invalid-argument', `${option.name.text}= expects true or false, not "${option.value.text}"`, option.value.span);
}

export function rejectUnknownOptions(options: readonly CommandOption[], known: readonly string[], command: string): void {
  for (const option of options) {
    if (!known.includes(option.name.text.toLowerCase())) {
      throw errorAt('invalid-argument', `unknown ${command} option "${option.name.text}"`, option.name.span, [`${command} accepts: ${known.join(', ')}`]);
    }
  }
}
