import { modelledCommandNames } from '../../../grammar/commands/index.js';
import { lineage } from '../../../src/datamodels/model-v2.js';
import { allRootTables, type RootTable } from '../../../src/datamodels/schema.js';
import { functionNames } from '../../../src/runtime/eval/functions/index.js';

/** The words SPL is made of, for generators that build hostile searches from them. */
export const COMMAND_NAMES: readonly string[] = [...modelledCommandNames(), 'makeresults', 'rest', 'multisearch', 'no_such_command'];
export const EVAL_FUNCTIONS: readonly string[] = [...functionNames(), 'no_such_function'];
export const STATS_FUNCTIONS: readonly string[] = ['count', 'dc', 'distinct_count', 'values', 'list', 'earliest', 'latest', 'min', 'max', 'sum', 'avg', 'first', 'last', 'perc95', 'median', 'stdev', 'range', 'mode'];

export const PUNCTUATION: readonly string[] = [
  '|', '(', ')', '[', ']', ',', '=', '==', '!=', '<', '<=', '>', '>=', '"', "'", '`', '```', '\\', '{', '}',
  '+', '-', '*', '/', '%', '.', ':', '$', '$x$', '$arg1$', '<<FIELD>>', '<<ITEM>>', '<<MATCHSTR>>', '!', '<<', '>>',
];
export const KEYWORDS: readonly string[] = [
  'AND', 'OR', 'NOT', 'IN', 'XOR', 'LIKE', 'and', 'or', 'not', 'in', 'xor', 'like', 'by', 'BY', 'as', 'AS', 'from', 'where',
  'datamodel', 'datamodel=', 'nodename=', 'span=', 'over', 'OUTPUT', 'OUTPUTNEW', 'with', 'eval(', 'prestats=true',
  'summariesonly=true', 'fillnull_value=N/A', 'append=true', 'max=0', 'type=outer', 'keepempty=true', 'limit=0',
];
export const VALUES: readonly string[] = [
  '0', '1', '-1', '3.14', '1e309', '-0', '0x1F', '999999999999999999999', '.5', '1.', 'NaN', 'Infinity',
  '10.0.0.0/8', '192.168.1.1/32', '::1/128', 'fe80::/10', '300.1.1.1/33', '10.0.0.0/-1', '1.2.3.4/0', '0.0.0.0/0', '::/0', '1.2.3.4/',
  '*', '**', 'a*', '*b*', '\\*', '*.exe', '%', '_', '"*"', '""', '"a b"', '"\\""', '"\\\\"', "'f'", "'a b'",
  'true', 'false', 'null', 'now()', 'relative_time(now(),"-1d@d")', '-24h@h', '@d', 'now', '1h', '0s', '-1d',
  '`security_content_summariesonly`', '`drop_dm_object_name(All_Traffic)`', '`drop_dm_object_name("Processes")`',
  '`security_content_ctime(firstTime)`', '`unknown_macro`', '`foo_filter`', '`x(`', '`$arg$`', '`a(b,c)`', '``',
];

/** Odd text: control characters, lone surrogates, direction marks, combining marks, emoji, BOM, line breaks. */
export const ODD_TEXT: readonly string[] = [
  '\u0000', '\u0001', '\u001b', '\u007f', '\ud800', '\udfff', '\udc00\ud800', '\u202e', '\u200f', '\u200b', '\u2066',
  '\u0301', 'e\u0301', '\u0300\u0301\u0302', '😀', '👩‍👩‍👧', '\ufeff', '\r', '\r\n', '\n\r', '\u2028', '\u2029', '\u0085',
  '\u00a0', '\u3000', 'İ', 'ß', 'ǅ', '\ufffd', '\uffff', '\\u0000', '%00', "'; DROP TABLE x; --", '"); --', '/*', '*/', '--', ';',
];

/** Every way a data model field can be written in tstats: `<Root>.<field>`, `<Root>.<Child>.<field>`, BaseEvent fields. */
export function fieldReferences(table: RootTable): string[] {
  const names = ['_time', 'host', 'source', 'sourcetype'];
  for (const dataset of [table.root, ...table.root.children]) {
    const path = lineage(table.root, dataset.name)?.map((d) => d.name).join('.') ?? table.root.name;
    for (const f of dataset.fields) names.push(`${path}.${f.name}`);
  }
  return names;
}

export const ROOT_TABLES: readonly RootTable[] = allRootTables();
export const DATASETS: readonly string[] = ROOT_TABLES.map((t) => t.name);
export const MODEL_FIELDS: readonly string[] = [...new Set(ROOT_TABLES.flatMap(fieldReferences))];
