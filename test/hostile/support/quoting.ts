import fc from 'fast-check';
import type { RootTable } from '../../../src/datamodels/schema.js';
import { wildcardToLike } from '../../../src/sql/from-predicate.js';
import { hostileText, splQuote } from './arbitraries.js';
import { checkPlanSql, compileUntrusted, hasParam, PropertyFailure, type Outcome } from './properties.js';
import { schemaDatabase } from './schema-db.js';
import { lexSqlite } from './sqlite-lexer.js';
import { fieldReferences, ROOT_TABLES } from './vocabulary.js';

/**
 * A tstats whose field names (where, by, as) and values are hostile text, to
 * check that names reach SQL only as quoted identifiers and values only as bound parameters.
 */
export interface Name {
  readonly text: string;
  /** A field of the data model (written bare); otherwise hostile text (written quoted). */
  readonly real: boolean;
}

export interface Term {
  readonly field: Name;
  readonly op: '=' | '!=' | '<' | '<=' | '>' | '>=' | 'IN';
  readonly values: readonly string[];
}

export interface QuotingCase {
  readonly table: RootTable;
  readonly aggregates: readonly { readonly fn: string; readonly field?: Name; readonly as?: string }[];
  readonly terms: readonly Term[];
  readonly joiners: readonly string[];
  readonly by: readonly Name[];
}

/** Every value starts with this mark, so the SQL text can be searched for values. */
export const VALUE_MARK = '\u00a7v\u00a7';

const value = hostileText.map((t) => VALUE_MARK + t);

export const quotingCase: fc.Arbitrary<QuotingCase> = fc.constantFrom(...ROOT_TABLES).chain((table) => {
  const name = fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom(...fieldReferences(table)).map((text): Name => ({ text, real: true })) },
    { weight: 2, arbitrary: hostileText.filter((t) => !t.includes(VALUE_MARK)).map((text): Name => ({ text, real: false })) },
  );
  const term = fc.record({ field: name, op: fc.constantFrom('=' as const, '!=' as const, '<' as const, '<=' as const, '>' as const, '>=' as const, 'IN' as const), values: fc.array(value, { minLength: 1, maxLength: 3 }) });
  const aggregate = fc.record(
    { fn: fc.constantFrom('count', 'dc', 'values'), field: name, as: hostileText.filter((t) => !t.includes(VALUE_MARK)) },
    { requiredKeys: ['fn'] },
  );
  return fc.record({
    table: fc.constant(table),
    aggregates: fc.array(aggregate, { minLength: 1, maxLength: 3 }),
    terms: fc.array(term, { maxLength: 4 }),
    joiners: fc.array(fc.constantFrom(' ', ' AND ', ' OR ', ' OR NOT '), { minLength: 4, maxLength: 4 }),
    by: fc.array(name, { maxLength: 3 }),
  });
});

const written = (n: Name): string => (n.real ? n.text : splQuote(n.text));

function termText(t: Term): string {
  if (t.op === 'IN') return `${written(t.field)} IN (${t.values.map(splQuote).join(', ')})`;
  return `${written(t.field)}${t.op}${splQuote(t.values[0] ?? '')}`;
}

export function quotingSpl(c: QuotingCase): string {
  const aggregates = c.aggregates.map((a) => `${a.fn}${a.field ? `(${written(a.field)})` : ''}${a.as === undefined ? '' : ` as ${splQuote(a.as)}`}`);
  const where = c.terms.length === 0 ? '' : ` where ${c.terms.map((t, i) => (i === 0 ? '' : (c.joiners[i - 1] ?? ' ')) + termText(t)).join('')}`;
  const by = c.by.length === 0 ? '' : ` by ${c.by.map(written).join(', ')}`;
  return `| tstats ${aggregates.join(' ')} from datamodel=${c.table.name}${where}${by}`;
}

/** The output column names the case asks for: BY fields, then each aggregate's name. */
function expectedColumns(c: QuotingCase): string[] {
  return [...c.by.map((b) => b.text), ...c.aggregates.map((a) => a.as ?? (a.field ? `${a.fn}(${a.field.text})` : a.fn))];
}

/**
 * SQLite keeps text as UTF-8, where a lone surrogate becomes one U+FFFD per byte;
 * harmless, since splice reads result cells by position and names columns from its plan.
 */
function wellFormed(text: string): string {
  return text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd').replace(/\ufffd+/g, '\ufffd');
}

/** The quoting property for one case; returns the outcome so tests can count how many cases planned. */
export function checkQuotingCase(c: QuotingCase): Outcome {
  const spl = quotingSpl(c);
  const outcome = compileUntrusted(spl, []);
  if (outcome.kind !== 'planned') return outcome;
  const source = outcome.compiled.plan.source;
  if (source.kind !== 'sql') throw new PropertyFailure('a tstats did not plan to SQL');
  const [printed] = checkPlanSql(outcome.compiled.plan);
  if (printed === undefined) throw new PropertyFailure('no SQL printed');
  if (printed.sql.includes(VALUE_MARK)) throw new PropertyFailure(`a value reached the SQL text:\n${printed.sql}`);
  const lexed = lexSqlite(printed.sql);
  if (lexed.ok && lexed.tokens.some((t) => t.kind === 'quoted-identifier' && (t.value ?? '').includes(VALUE_MARK))) {
    throw new PropertyFailure('a value became an identifier');
  }
  for (const t of c.terms) {
    if (!t.field.real) continue;
    for (const v of t.op === 'IN' ? t.values : t.values.slice(0, 1)) {
      if (!hasParam(printed.params, v) && !hasParam(printed.params, wildcardToLike(v))) throw new PropertyFailure(`value ${JSON.stringify(v)} is not a bound parameter`);
    }
  }
  const names = schemaDatabase().prepare(printed.sql).columns().map((col) => wellFormed(col.name));
  const expected = expectedColumns(c).map(wellFormed);
  if (JSON.stringify(names) !== JSON.stringify(expected)) {
    throw new PropertyFailure(`SQLite names the columns ${JSON.stringify(names)}, expected ${JSON.stringify(expected)}`);
  }
  return outcome;
}
