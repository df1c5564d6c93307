import fc from 'fast-check';
import { COMMAND_NAMES, DATASETS, EVAL_FUNCTIONS, KEYWORDS, MODEL_FIELDS, ODD_TEXT, PUNCTUATION, STATS_FUNCTIONS, VALUES } from './vocabulary.js';

/** Odd Unicode and control text, any code point, and very long words. */
export const oddText: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ODD_TEXT) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.integer({ min: 200, max: 4000 }).map((n) => 'x'.repeat(n)) },
);

/** One piece of SPL: a command name, an operator, a keyword, a value, a field, a function call opening, or odd text. */
export const splToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...COMMAND_NAMES) },
  { weight: 6, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 4, arbitrary: fc.constantFrom(...KEYWORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...VALUES) },
  { weight: 4, arbitrary: fc.constantFrom(...MODEL_FIELDS) },
  { weight: 2, arbitrary: fc.constantFrom(...EVAL_FUNCTIONS).map((f) => `${f}(`) },
  { weight: 2, arbitrary: fc.constantFrom(...STATS_FUNCTIONS) },
  { weight: 1, arbitrary: fc.constantFrom(...DATASETS).map((d) => `datamodel=${d}`) },
  { weight: 1, arbitrary: oddText },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

const separator = fc.constantFrom(' ', ' ', ' ', '', '\n', '\t', '  ', '\r\n');

/** How hostile searches start: mostly as a search splice plans, so later stages see them. */
const heads = fc.oneof(
  fc.constantFrom('', '| ', 'search ', '| search ', '| inputlookup hosts.csv ', '| inputlookup hosts.csv where '),
  fc.constantFrom(...DATASETS).map((d) => `| tstats count from datamodel=${d} `),
  fc.constantFrom(...DATASETS).map((d) => `| tstats count from datamodel=${d} where `),
  fc.constantFrom(...DATASETS).map((d) => `| tstats count from datamodel=${d} by _time | `),
);

/** A random stream of SPL's vocabulary, usually after a head that plans. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .tuple(heads, fc.array(fc.tuple(splToken, separator), { maxLength: 40 }))
  .map(([head, parts]) => head + parts.map(([t, s]) => t + s).join(''));

/** A command after a tstats, with a few arguments drawn from SPL's vocabulary, to try each command's argument reader. */
export const commandArguments: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...DATASETS),
    fc.constantFrom(...COMMAND_NAMES),
    fc.array(fc.oneof(splToken, fc.constantFrom(...KEYWORDS).map((k) => `${k}=`), fc.tuple(fc.constantFrom(...KEYWORDS), fc.constantFrom(...VALUES)).map(([k, v]) => `${k}=${v}`)), { maxLength: 6 }),
    fc.constantFrom('', ' | stats count', ' | table *'),
  )
  .map(([dataset, command, args, tail]) => `| tstats count from datamodel=${dataset} by _time | ${command} ${args.join(' ')}${tail}`);

type Mutation =
  | { readonly kind: 'cut-head' | 'cut-tail'; readonly at: number }
  | { readonly kind: 'duplicate'; readonly from: number; readonly length: number; readonly at: number }
  | { readonly kind: 'swap'; readonly a: number; readonly b: number; readonly length: number }
  | { readonly kind: 'delete'; readonly at: number; readonly length: number }
  | { readonly kind: 'insert'; readonly at: number; readonly text: string };

const position = fc.nat({ max: 1_000_000 });
const span = fc.integer({ min: 1, max: 80 });
const inserted = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('"', "'", '`', '(', ')', '[', ']', '```', '|', '\\', '"""', '((', '))', '[[', ']]', '$') },
  { weight: 3, arbitrary: oddText },
  { weight: 3, arbitrary: splToken.map((t) => ` ${t} `) },
);

const insertion = (text: fc.Arbitrary<string>): fc.Arbitrary<Mutation> => fc.record({ kind: fc.constant('insert' as const), at: position, text });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('cut-head' as const, 'cut-tail' as const), at: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), from: position, length: span, at: position }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('swap' as const), a: position, b: position, length: span }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: position, length: fc.integer({ min: 1, max: 8 }) }) },
  { weight: 5, arbitrary: insertion(inserted) },
);

function apply(text: string, m: Mutation): string {
  const at = (n: number): number => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.kind) {
    case 'cut-head':
      return text.slice(0, at(m.at));
    case 'cut-tail':
      return text.slice(at(m.at));
    case 'duplicate': {
      const from = at(m.from);
      return text.slice(0, at(m.at)) + text.slice(from, from + m.length) + text.slice(at(m.at));
    }
    case 'swap': {
      const [a, b] = [at(m.a), at(m.b)].sort((x, y) => x - y) as [number, number];
      const length = Math.min(m.length, b - a);
      if (length <= 0) return text;
      return text.slice(0, a) + text.slice(b, b + length) + text.slice(a + length, b) + text.slice(a, a + length) + text.slice(b + length);
    }
    case 'delete':
      return text.slice(0, at(m.at)) + text.slice(at(m.at) + m.length);
    case 'insert':
      return text.slice(0, at(m.at)) + m.text + text.slice(at(m.at));
  }
}

/** A base search changed by one to four cuts, duplications, swaps, deletions or insertions. */
export function mutated(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([text, ms]) => ms.reduce(apply, text));
}

/** A base search with odd Unicode put in one to three places. */
export function laced(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(insertion(oddText), { minLength: 1, maxLength: 3 })).map(([text, ms]) => ms.reduce(apply, text));
}

/** SPL's double-quoted string for any text: backslash and quote escaped (grammar/values.ts unquote). */
export function splQuote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Text that is hard to quote: any Unicode, every kind of quote, brackets, backslashes, NUL, SQL comment and statement marks. */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom('"', "'", '`', '[', ']', '(', ')', '\\', '\\"', '""', "''", '--', '/*', '*/', ';', '?', ':a', '@a', '$a', '|', '=', ' ', '\n', '*', '%', '_', '.', ',') },
      { weight: 2, arbitrary: fc.constantFrom(...ODD_TEXT) },
      { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }) },
      { weight: 2, arbitrary: fc.constantFrom('a', 'x', 'SELECT', 'DROP', 'All_Traffic.src', 'count') },
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(''));
