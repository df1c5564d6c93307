import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyTally, hostileProperties } from './support/catalog.js';
import { sqlProblems } from './support/properties.js';
import { fuzzRuns } from './support/runs.js';
import { loadSeeds } from './support/seeds.js';
import { lexSqlite } from './support/sqlite-lexer.js';

/**
 * Property (b): the SQL printed for a plan is a single SELECT that SQLite
 * prepares against the data model tables; field names reach it only as quoted
 * identifiers (SQLite names the result columns exactly as the search asked),
 * values only as bound parameters.
 */
const runs = fuzzRuns(150);
const properties = new Map(hostileProperties(loadSeeds()).map((p) => [p.name, p]));

/** Runs a property and returns how many of its cases planned (and so reached the SQL printer). */
function plannedCases(name: string): number {
  const p = properties.get(name);
  if (p === undefined) throw new Error(`no property ${name}`);
  const tally = emptyTally();
  fc.assert(p.property(() => undefined, tally), { numRuns: runs });
  return tally.planned;
}

describe('printed SQL', () => {
  it('prepares in SQLite for every search built by the grammar that plans', () => {
    // The generator must reach the printer often, or the property says little.
    expect(plannedCases('grammar-built')).toBeGreaterThan(runs / 10);
  });

  it('quotes every field name and binds every value, whatever characters they hold', () => {
    expect(plannedCases('quoting')).toBeGreaterThan(runs / 2);
  });
});

describe('the SQL checks', () => {
  const printed = (sql: string, params: readonly string[] = []) => ({ sql, params });

  it('find a value printed as a literal, a comment, a second statement and an unquoted name', () => {
    expect(sqlProblems(printed(`SELECT "a" AS "b" FROM "t" WHERE "a" = 'x'`))).toEqual([expect.stringContaining('literal')]);
    expect(sqlProblems(printed('SELECT "a" AS "b" FROM "t" -- x'))).toEqual([expect.stringContaining('comment')]);
    expect(sqlProblems(printed('SELECT "a" AS "b" FROM "t"; SELECT 1'))).toContainEqual(expect.stringContaining('";"'));
    expect(sqlProblems(printed('SELECT a AS "b" FROM "t"'))).toEqual([expect.stringContaining('unquoted identifier: a')]);
    expect(sqlProblems(printed('SELECT "a" AS "b" FROM "t" WHERE "a" = ?', []))).toEqual([expect.stringContaining('1 placeholders for 0 parameters')]);
  });

  it('accept what the printer writes', () => {
    expect(sqlProblems(printed('SELECT "a""b" AS "c" FROM "t" WHERE ("a" = ? COLLATE NOCASE)', ['x']))).toEqual([]);
  });

  it('find a quote or identifier that never closes', () => {
    for (const sql of ['SELECT "a', "SELECT 'a", 'SELECT [a', 'SELECT `a', 'SELECT "a""']) expect(lexSqlite(sql).ok, sql).toBe(false);
    expect(lexSqlite('SELECT "a""b", [c"d], `e``f`, \'g\'\'h\'').ok).toBe(true);
  });
});
