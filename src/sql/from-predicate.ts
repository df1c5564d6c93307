import { errorAt } from '../diagnostics/diagnostic.js';
import { ipKeyColumn } from '../datamodels/schema.js';
import type { FieldRef, Predicate, ValuePattern } from '../plan/predicate.js';
import { call, col, param, type SqlExpr } from './ast.js';

/**
 * Predicate → SQL. Every leaf yields 1, 0 or NULL where NULL only ever means
 * "field missing", which Splunk treats as not matching; NOT is printed as
 * `IS NOT TRUE` so that `NOT f=v` keeps rows without f (spl-semantics.md §3.2).
 */
export function predicateToSql(p: Predicate): SqlExpr {
  switch (p.kind) {
    case 'and':
      return { kind: 'and', items: p.items.map(predicateToSql) };
    case 'or':
      return { kind: 'or', items: p.items.map(predicateToSql) };
    case 'not':
      return { kind: 'not-true', expr: predicateToSql(p.item) };
    case 'true':
      return { kind: 'and', items: [] };
    case 'subsearch':
      throw errorAt('unsupported', 'unsupported: subsearch in SQL', p.span);
    case 'exists':
      if (p.field.absent) return param(0);
      return { kind: 'is-null', expr: col(p.field.name), negated: true };
    case 'match':
      if (p.field.absent) return param(0);
      return anyValue(p.field, (field) => matchSql(field, p.pattern));
    case 'compare': {
      if (p.field.absent) return param(0);
      const { op, value } = p;
      return anyValue(p.field, (field) => ({ kind: 'compare', op, left: call('splice_compare', col(field.name), param(value)), right: param(0) }));
    }
  }
}

/** A multivalue field matches when any of its values does (search docs); the test reads each value as `value`. */
function anyValue(field: FieldRef, test: (field: FieldRef) => SqlExpr): SqlExpr {
  if (!field.multivalue) return test(field);
  return { kind: 'any-value', column: field.name, test: test({ ...field, name: 'value', ipKeyed: false, numericStorage: false, multivalue: false }) };
}

/** A field's value as text: `_time` is stored as a number, and Splunk compares and lists values as text. */
export function textOf(field: FieldRef): SqlExpr {
  return field.numericStorage ? { kind: 'cast', expr: col(field.name), to: 'TEXT' } : col(field.name);
}

function matchSql(field: FieldRef, pattern: ValuePattern): SqlExpr {
  switch (pattern.kind) {
    case 'cidr':
      return field.ipKeyed
        ? { kind: 'between', expr: col(ipKeyColumn(field.name)), low: param(pattern.range.low), high: param(pattern.range.high) }
        : call('splice_cidrmatch', param(pattern.range.text), col(field.name));
    case 'exact':
      // SQLite's NOCASE and LIKE fold ASCII only; other text goes through a UDF that folds Unicode.
      if (!isAscii(pattern.text)) return call('splice_match_ci', textOf(field), param(pattern.text));
      return { kind: 'compare', op: '=', left: textOf(field), right: param(pattern.text), collate: 'NOCASE' };
    case 'wildcard':
      if (!isAscii(pattern.text)) return call('splice_match_ci', textOf(field), param(pattern.text));
      return { kind: 'like', expr: textOf(field), pattern: param(wildcardToLike(pattern.text)), escape: param('\\') };
  }
}

function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/** Splunk `*` → SQL `%`, with LIKE's own metacharacters escaped. */
export function wildcardToLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`).replace(/\*/g, '%');
}
