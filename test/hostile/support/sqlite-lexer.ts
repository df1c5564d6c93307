/**
 * A tiny SQLite lexer (https://sqlite.org/lang_expr.html, https://sqlite.org/lang_keywords.html),
 * enough to check what splice prints: every quote and identifier closes, and
 * where each piece of text ended up (a quoted identifier, a literal, a comment).
 */
export type SqlTokenKind = 'space' | 'comment' | 'string' | 'blob' | 'quoted-identifier' | 'word' | 'number' | 'parameter' | 'semicolon' | 'operator';

export interface SqlToken {
  readonly kind: SqlTokenKind;
  readonly text: string;
  /** For quoted identifiers and strings: the content with the quoting undone. */
  readonly value?: string;
}

export type LexResult = { readonly ok: true; readonly tokens: readonly SqlToken[] } | { readonly ok: false; readonly error: string };

const CLOSERS: ReadonlyMap<string, string> = new Map([['"', '"'], ['`', '`'], ['[', ']'], ["'", "'"]]);

/** A quoted run starting at `start`: its closing offset (exclusive) and its content, or undefined when it never closes. */
function quoted(sql: string, start: number): { end: number; value: string } | undefined {
  const open = sql[start] ?? '';
  const close = CLOSERS.get(open) ?? open;
  let value = '';
  let i = start + 1;
  while (i < sql.length) {
    const c = sql[i];
    if (c === close) {
      // A doubled quote stands for one; brackets have no escape.
      if (open !== '[' && sql[i + 1] === close) {
        value += close;
        i += 2;
        continue;
      }
      return { end: i + 1, value };
    }
    value += c;
    i++;
  }
  return undefined;
}

const WORD_START = /[A-Za-z_\u0080-\uffff]/;
const WORD_PART = /[A-Za-z0-9_$\u0080-\uffff]/;

export function lexSqlite(sql: string): LexResult {
  const tokens: SqlToken[] = [];
  let i = 0;
  const push = (kind: SqlTokenKind, end: number, value?: string): void => {
    tokens.push({ kind, text: sql.slice(i, end), ...(value === undefined ? {} : { value }) });
    i = end;
  };
  while (i < sql.length) {
    const c = sql[i] ?? '';
    const rest = sql.slice(i, i + 2);
    if (/\s/.test(c)) {
      let end = i;
      while (end < sql.length && /\s/.test(sql[end] ?? '')) end++;
      push('space', end);
    } else if (rest === '--') {
      const nl = sql.indexOf('\n', i);
      push('comment', nl < 0 ? sql.length : nl);
    } else if (rest === '/*') {
      const close = sql.indexOf('*/', i + 2);
      push('comment', close < 0 ? sql.length : close + 2);
    } else if ((c === 'x' || c === 'X') && sql[i + 1] === "'") {
      const q = quoted(sql, i + 1);
      if (!q) return { ok: false, error: `unterminated blob literal at ${i}` };
      push('blob', q.end, q.value);
    } else if (CLOSERS.has(c)) {
      const q = quoted(sql, i);
      if (!q) return { ok: false, error: `unterminated ${c} at ${i}` };
      push(c === "'" ? 'string' : 'quoted-identifier', q.end, q.value);
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(sql[i + 1] ?? ''))) {
      const m = /^(?:0x[0-9a-fA-F]+|[0-9]*\.?[0-9]*(?:[eE][+-]?[0-9]+)?)/.exec(sql.slice(i));
      push('number', i + Math.max(1, m?.[0].length ?? 1));
    } else if (c === '?') {
      const m = /^\?[0-9]*/.exec(sql.slice(i));
      push('parameter', i + (m?.[0].length ?? 1));
    } else if (c === ':' || c === '@' || c === '$') {
      const m = /^[:@$][A-Za-z0-9_]+/.exec(sql.slice(i));
      if (!m) return { ok: false, error: `bad parameter at ${i}` };
      push('parameter', i + m[0].length);
    } else if (c === ';') {
      push('semicolon', i + 1);
    } else if (WORD_START.test(c)) {
      let end = i + 1;
      while (end < sql.length && WORD_PART.test(sql[end] ?? '')) end++;
      push('word', end);
    } else {
      const two = ['<>', '<=', '>=', '!=', '==', '||', '<<', '>>', '->'];
      push('operator', i + (two.includes(rest) ? 2 : 1));
    }
  }
  return { ok: true, tokens };
}
