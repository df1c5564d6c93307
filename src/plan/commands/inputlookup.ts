import type { InputlookupCommand, Pipeline } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import { booleanOption, rejectUnknownOptions } from '../options.js';
import type { LookupSource, Plan } from '../plan.js';
import { namedField } from '../predicate.js';
import { toPredicate } from '../search-to-predicate.js';

/**
 * inputlookup as the first command: the lookup's rows, filtered by its WHERE
 * search expression (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Inputlookup).
 * append=true adds to earlier results, which a first command has none of.
 */
export function planInputlookup(cmd: InputlookupCommand, planSubsearch: (p: Pipeline) => Plan): LookupSource {
  rejectUnknownOptions(cmd.options, ['append'], 'inputlookup');
  for (const option of cmd.options) booleanOption(option);
  if (cmd.table.text.trim() === '') throw errorAt('invalid-argument', 'inputlookup needs a lookup name', cmd.span);
  const where = cmd.where
    ? toPredicate(cmd.where, (w) => namedField(w.text, w.span), planSubsearch)
    : undefined;
  return { kind: 'inputlookup', table: cmd.table, ...(where ? { where } : {}), warnings: [], span: cmd.span };
}
