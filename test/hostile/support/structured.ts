import fc from 'fast-check';
import { oddText, splQuote } from './arbitraries.js';
import { fieldReferences } from './vocabulary.js';
import { EVAL_FUNCTIONS, ROOT_TABLES, STATS_FUNCTIONS, VALUES } from './vocabulary.js';

/**
 * Searches built by SPL's grammar, so that most of them parse and reach the
 * planner and the SQL printer: a leading tstats over a data model, then runtime commands.
 */
const fieldName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('src', 'dest', 'user', 'count', 'process_name', '_time', 'f', 'x', 'All_Traffic.src') },
  { weight: 1, arbitrary: oddText.map(splQuote) },
);
const value = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...VALUES.filter((v) => !v.includes('`'))) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }).map(splQuote) },
  { weight: 1, arbitrary: oddText.map(splQuote) },
);

function searchExpression(field: fc.Arbitrary<string>): fc.Arbitrary<string> {
  const { expr } = fc.letrec<{ expr: string; term: string }>((tie) => ({
    term: fc.oneof(
      { weight: 5, arbitrary: fc.tuple(field, fc.constantFrom('=', '!=', '<', '<=', '>', '>='), value).map(([f, op, v]) => `${f}${op}${v}`) },
      { weight: 2, arbitrary: fc.tuple(field, fc.array(value, { maxLength: 4 })).map(([f, vs]) => `${f} IN (${vs.join(', ')})`) },
      { weight: 1, arbitrary: tie('expr').map((e) => `NOT ${e}`) },
      { weight: 1, arbitrary: tie('expr').map((e) => `(${e})`) },
    ),
    expr: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      tie('term'),
      fc.tuple(tie('term'), fc.constantFrom(' OR ', ' AND ', ' '), tie('expr')).map(([a, op, b]) => a + op + b),
    ),
  }));
  return expr;
}

const evalExpression: fc.Arbitrary<string> = fc.letrec<{ e: string }>((tie) => ({
  e: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.constantFrom('1', '2.5', '-3', 'null()', 'now()', '_time', 'src', "'odd field'", '"text"', '"*"', '<<FIELD>>'), fieldName, value),
    fc.tuple(tie('e'), fc.constantFrom('+', '-', '*', '/', '%', '.', '=', '==', '!=', '<', '>=', ' AND ', ' OR ', ' XOR ', ' LIKE '), tie('e')).map(([a, op, b]) => `${a}${op}${b}`),
    fc.tuple(fc.constantFrom('-', 'NOT ', '+'), tie('e')).map(([op, a]) => op + a),
    tie('e').map((a) => `(${a})`),
    fc.tuple(fc.constantFrom(...EVAL_FUNCTIONS), fc.array(tie('e'), { maxLength: 4 })).map(([f, args]) => `${f}(${args.join(', ')})`),
    fc.tuple(tie('e'), fc.array(tie('e'), { maxLength: 3 })).map(([a, vs]) => `${a} IN (${vs.join(', ')})`),
  ),
})).e;

const statsCall = fc.tuple(fc.constantFrom(...STATS_FUNCTIONS), fc.option(fieldName, { nil: undefined }), fc.option(fieldName, { nil: undefined })).map(
  ([fn, field, as]) => `${fn}${field === undefined ? '' : `(${field})`}${as === undefined ? '' : ` as ${as}`}`,
);

const runtimeCommand: fc.Arbitrary<string> = fc.oneof(
  searchExpression(fieldName).map((e) => `search ${e}`),
  fc.tuple(fieldName, evalExpression).map(([f, e]) => `eval ${f}=${e}`),
  evalExpression.map((e) => `where ${e}`),
  fc.tuple(fc.constantFrom('stats', 'eventstats', 'streamstats', 'chart', 'timechart'), fc.array(statsCall, { minLength: 1, maxLength: 3 }), fc.array(fieldName, { maxLength: 2 })).map(
    ([cmd, calls, by]) => `${cmd} ${calls.join(' ')}${by.length > 0 ? ` by ${by.join(', ')}` : ''}`,
  ),
  fc.tuple(fieldName, fieldName).map(([a, b]) => `rename ${a} as ${b}`),
  fc.tuple(fc.constantFrom('table', 'fields', 'fields -', 'dedup', 'sort', 'sort -', 'top', 'rare', 'mvexpand', 'makemv', 'fillnull', 'iplocation', 'spath', 'addtotals', 'mvcombine', 'head', 'tail', 'bin', 'bucket'), fc.array(fieldName, { maxLength: 3 })).map(
    ([cmd, fs]) => `${cmd} ${fs.join(' ')}`,
  ),
  fc.tuple(fieldName, value).map(([f, v]) => `rex field=${f} ${v}`),
  fc.tuple(fieldName, fieldName).map(([f, g]) => `lookup hosts ${f} OUTPUT ${g}`),
  fc.tuple(fieldName, value).map(([f, v]) => `convert timeformat=${v} ctime(${f})`),
  fc.tuple(fc.constantFrom('join', 'append', 'appendpipe'), fieldName).map(([cmd, f]) => `${cmd} ${cmd === 'join' ? f : ''} [| tstats count from datamodel=Endpoint.Processes by Processes.user | search ${f}=1]`),
  fc.tuple(value, value, fieldName).map(([a, b, f]) => `replace ${a} with ${b} in ${f}`),
  evalExpression.map((e) => `foreach * [eval <<FIELD>>=${e}]`),
  fc.tuple(fieldName, value).map(([f, v]) => `transaction ${f} maxspan=${v}`),
);

/** `| tstats … from datamodel=<Dataset> [where …] [by …]` with the dataset's own field names, then runtime commands. */
export const structuredSearch: fc.Arbitrary<string> = fc
  .constantFrom(...ROOT_TABLES)
  .chain((table) => {
    const fields = fieldReferences(table);
    const field = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...fields) }, { weight: 1, arbitrary: fieldName });
    const aggregate = fc.tuple(fc.constantFrom('count', 'dc', 'values', 'earliest', 'latest', 'min', 'max', 'sum', 'avg'), fc.option(field, { nil: undefined, freq: 4 }), fc.option(fieldName, { nil: undefined })).map(
      ([fn, f, as]) => `${fn}${f === undefined && fn === 'count' ? '' : `(${f ?? '_time'})`}${as === undefined ? '' : ` as ${as}`}`,
    );
    return fc.tuple(
      fc.constantFrom('', 'summariesonly=true ', 'prestats=true ', 'fillnull_value="-" ', 'allow_old_summaries=true '),
      fc.array(aggregate, { minLength: 1, maxLength: 3 }),
      fc.option(searchExpression(field), { nil: undefined }),
      fc.array(field, { maxLength: 3 }),
      fc.option(fc.oneof({ weight: 8, arbitrary: fc.constantFrom('span=1h', 'span=1d', 'span=5m', 'span=1mon') }, { weight: 1, arbitrary: fc.constant('span=0s') }), { nil: undefined }),
      fc.array(runtimeCommand, { maxLength: 4 }),
    ).map(([options, aggregates, where, by, timeSpan, rest]) => {
      const whereText = where === undefined ? '' : ` where ${where}`;
      const byFields = timeSpan === undefined || by.includes('_time') ? by : [...by, '_time'];
      const byText = byFields.length === 0 ? '' : ` by ${byFields.join(' ')}${timeSpan === undefined ? '' : ` ${timeSpan}`}`;
      return [`| tstats ${options}${aggregates.join(' ')} from datamodel=${table.name}${whereText}${byText}`, ...rest].join(' | ');
    });
  });
