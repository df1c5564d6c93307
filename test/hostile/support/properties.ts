import { expand, parseExpansion, planParsed, type Compiled } from '../../../src/api/compile.js';
import { SpliceError } from '../../../src/diagnostics/diagnostic.js';
import type { MacroDefinition } from '../../../src/macros/definition.js';
import type { Plan } from '../../../src/plan/plan.js';
import type { Select, SqlValue } from '../../../src/sql/ast.js';
import { sqliteDialect } from '../../../src/sql/dialects/sqlite.js';
import { printSelect, type PrintedSql } from '../../../src/sql/print.js';
import { schemaDatabase } from './schema-db.js';
import { lexSqlite } from './sqlite-lexer.js';

/**
 * The rule the hostile tests enforce: SPL text is untrusted. Expanding, parsing
 * and planning it either succeed or throw a SpliceError positioned inside the
 * text (or in a file), quickly; the SQL printed for a plan is one SELECT that
 * SQLite prepares, with every identifier quoted and every value bound.
 */
export class PropertyFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PropertyFailure';
  }
}

export type Stage = 'expand' | 'parse' | 'plan';

export type Outcome =
  | { readonly kind: 'planned'; readonly compiled: Compiled }
  | { readonly kind: 'refused'; readonly stage: Stage; readonly error: SpliceError };

/** Milliseconds a few KB of SPL may take to expand, parse and plan. */
export const TIME_LIMIT_MS = 1000;

export function compileUntrusted(spl: string, macros: readonly MacroDefinition[], timeLimitMs = TIME_LIMIT_MS): Outcome {
  const started = performance.now();
  const outcome = stages(spl, macros);
  const ms = performance.now() - started;
  if (ms > timeLimitMs) throw new PropertyFailure(`took ${ms.toFixed(0)} ms (limit ${timeLimitMs} ms) for ${spl.length} characters`);
  if (outcome.kind === 'refused') checkError(outcome.error, spl, outcome.stage);
  else checkCompiled(outcome.compiled, spl);
  return outcome;
}

function stages(spl: string, macros: readonly MacroDefinition[]): Outcome {
  let stage: Stage = 'expand';
  try {
    const expansion = expand(spl, { macros });
    stage = 'parse';
    const parsed = parseExpansion(expansion);
    stage = 'plan';
    return { kind: 'planned', compiled: planParsed(parsed) };
  } catch (e) {
    if (e instanceof SpliceError) return { kind: 'refused', stage, error: e };
    const error = e instanceof Error ? e : new Error(String(e));
    const where = (error.stack ?? '').split('\n').slice(1, 4).map((l) => l.trim()).join(' ← ');
    throw new PropertyFailure(`${stage} threw ${error.name}: ${error.message} (${where})`);
  }
}

function checkError(error: SpliceError, spl: string, stage: Stage): void {
  const { location, message } = error.diagnostic;
  if (message.trim() === '') throw new PropertyFailure(`${stage}: SpliceError with an empty message`);
  if (location.kind === 'none') throw new PropertyFailure(`${stage}: SpliceError "${message}" has no location`);
  if (location.kind === 'source') checkSpan(location.span, spl.length, `${stage}: SpliceError "${message}"`);
}

function checkSpan(span: { start: number; end: number }, length: number, what: string): void {
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > length) {
    throw new PropertyFailure(`${what} has span ${start}..${end} outside 0..${length}`);
  }
}

function checkCompiled(compiled: Compiled, spl: string): void {
  for (const w of compiled.warnings) if (w.location.kind === 'source') checkSpan(w.location.span, spl.length, `warning "${w.message}"`);
  forEachSpan(compiled.pipeline, (span, path) => checkSpan(span, compiled.expansion.text.length, `AST node at ${path}`));
}

/** Every `span` in an AST or plan, without recursion (the trees may be deep). */
function forEachSpan(root: object, visit: (span: { start: number; end: number }, path: string) => void): void {
  const stack: { node: unknown; path: string }[] = [{ node: root, path: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, path } = item;
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, child] of Object.entries(node)) {
      if (key === 'span' && typeof child === 'object' && child !== null && 'start' in child && 'end' in child) {
        const { start, end } = child;
        if (typeof start === 'number' && typeof end === 'number') visit({ start, end }, path);
      } else {
        stack.push({ node: child, path: `${path}.${key}` });
      }
    }
  }
}

/** Every SELECT a plan holds: its source's and those of joined, appended and subsearch plans. */
export function selectsOf(plan: Plan): Select[] {
  const out: Select[] = [];
  const stack: unknown[] = [plan];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node !== 'object' || node === null) continue;
    if ('kind' in node && node.kind === 'select' && 'columns' in node && 'from' in node) {
      out.push(node as Select);
      continue;
    }
    for (const child of Object.values(node)) stack.push(child);
  }
  return out;
}

/** Words the printer may write unquoted: SQL keywords and the functions of src/sql/ast.ts. */
const BARE_WORDS = new Set(
  [
    'SELECT', 'AS', 'FROM', 'LEFT', 'JOIN', 'ON', 'WHERE', 'GROUP', 'BY', 'ORDER', 'AND', 'OR', 'IS', 'NOT', 'TRUE', 'NULL', 'BETWEEN', 'NULLS', 'LAST', 'FIRST', 'HAVING',
    'LIKE', 'ESCAPE', 'CAST', 'TEXT', 'REAL', 'INTEGER', 'DISTINCT', 'FILTER', 'EXISTS', 'COLLATE', 'NOCASE', 'BINARY', 'json_each',
    'COUNT', 'MIN', 'MAX', 'SUM', 'AVG', 'COALESCE', 'json_group_array', 'splice_cidrmatch', 'splice_match_ci', 'splice_compare', 'splice_num',
    'splice_sum', 'splice_avg', 'splice_earliest', 'splice_latest', 'splice_min', 'splice_max', 'splice_time_bin', 'splice_values_json', 'splice_dc_json', 'json_array_length',
  ].map((w) => w.toUpperCase()),
);

/** What is wrong with printed SQL, if anything: quoting, comments, literals, statement count, placeholders. */
export function sqlProblems(printed: PrintedSql): string[] {
  const lexed = lexSqlite(printed.sql);
  if (!lexed.ok) return [`SQL does not lex: ${lexed.error}`];
  const tokens = lexed.tokens.filter((t) => t.kind !== 'space');
  const problems: string[] = [];
  if (tokens[0]?.text.toUpperCase() !== 'SELECT') problems.push('SQL does not start with SELECT');
  for (const t of tokens) {
    if (t.kind === 'comment') problems.push(`SQL has a comment: ${t.text.slice(0, 40)}`);
    if (t.kind === 'semicolon') problems.push('SQL has a ";" outside quotes');
    if (t.kind === 'string' || t.kind === 'blob') problems.push(`SQL has a literal instead of a bound value: ${t.text.slice(0, 40)}`);
    if (t.kind === 'word' && !BARE_WORDS.has(t.text.toUpperCase())) problems.push(`SQL has an unquoted identifier: ${t.text.slice(0, 40)}`);
    if (t.kind === 'parameter' && t.text !== '?') problems.push(`SQL has a numbered or named parameter: ${t.text}`);
  }
  const placeholders = tokens.filter((t) => t.kind === 'parameter').length;
  if (placeholders !== printed.params.length) problems.push(`${placeholders} placeholders for ${printed.params.length} parameters`);
  return problems;
}

/** Prints every SELECT of a plan for SQLite and prepares it against the data model tables. */
export function checkPlanSql(plan: Plan): PrintedSql[] {
  const db = schemaDatabase();
  return selectsOf(plan).map((select) => {
    let printed: PrintedSql;
    try {
      printed = printSelect(select, sqliteDialect);
    } catch (e) {
      throw new PropertyFailure(`printSelect threw ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    }
    const problems = sqlProblems(printed);
    if (problems.length > 0) throw new PropertyFailure(`${problems.join('; ')}\n${printed.sql.slice(0, 2000)}`);
    try {
      const statement = db.prepare(printed.sql);
      if (!statement.reader) throw new PropertyFailure('the statement returns no rows');
    } catch (e) {
      if (e instanceof PropertyFailure) throw e;
      throw new PropertyFailure(`SQLite cannot prepare the SQL: ${e instanceof Error ? e.message : String(e)}\n${printed.sql.slice(0, 2000)}`);
    }
    return printed;
  });
}

/** The property for any SPL text: compiles or is refused cleanly; a plan's SQL prepares. */
export function checkUntrusted(spl: string, macros: readonly MacroDefinition[]): Outcome {
  const outcome = compileUntrusted(spl, macros);
  if (outcome.kind === 'planned') checkPlanSql(outcome.compiled.plan);
  return outcome;
}

export function hasParam(params: readonly SqlValue[], value: string): boolean {
  return params.some((p) => p === value);
}
