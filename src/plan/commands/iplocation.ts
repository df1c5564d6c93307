import type { IplocationCommand } from '../../ast/nodes.js';
import { booleanOption, rejectUnknownOptions } from '../options.js';
import type { IplocationStage } from '../plan.js';

/** iplocation [prefix=] [allfields=] [lang=] field: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Iplocation */
export function planIplocation(cmd: IplocationCommand): IplocationStage {
  rejectUnknownOptions(cmd.options, ['prefix', 'allfields', 'lang'], 'iplocation');
  let prefix = '';
  let allfields = false;
  let lang: string[] = [];
  for (const option of cmd.options) {
    const name = option.name.text.toLowerCase();
    if (name === 'prefix') prefix = option.value.text;
    else if (name === 'allfields') allfields = booleanOption(option);
    else lang = option.value.text.split(',').map((l) => l.trim()).filter((l) => l !== '');
  }
  return { kind: 'iplocation', field: cmd.field.text, prefix, allfields, lang, span: cmd.span };
}
