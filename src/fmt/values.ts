import type { CommandOption, SearchValue, Word } from '../ast/nodes.js';

/** Exactly one search-mode Word token (grammar/tokens.ts): no white space, separators or quotes, and `!` only where it does not start `!=`. */
const BARE_WORD = /^(?:[^\s|[\]()=!<>,"]|!(?!=))+$/;
/** Upper-case Boolean operators lex as operators, not words, so a word with this text must be quoted. */
const OPERATORS: ReadonlySet<string> = new Set(['AND', 'OR', 'NOT', 'IN']);

export function isBareWord(text: string): boolean {
  return BARE_WORD.test(text) && !OPERATORS.has(text);
}

/**
 * `text` in `mark` quotes, such that the parser's unquoting gives `text` back.
 * The mark is always escaped; a backslash only where the unquoting would read it
 * as an escape (before the mark, a backslash, another of `escapable`, or the
 * closing mark), so regular expressions keep the backslashes people write.
 */
export function quoteWith(text: string, mark: '"' | "'", escapable: string): string {
  let out = mark;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    const next = text.charAt(i + 1);
    if (c === mark) out += `\\${c}`;
    else if (c === '\\' && (next === '' || next === mark || next === '\\' || escapable.includes(next))) out += '\\\\';
    else out += c;
  }
  return out + mark;
}

/** A "double-quoted" string: grammar/values.ts unquote resolves \" \\ and \| and keeps any other backslash. */
export function quote(text: string): string {
  return quoteWith(text, '"', '|');
}

/** A name as a word: bare when it lexes back as one Word token, else quoted (a Word does not record quoting). */
export function wordText(text: string): string {
  return isBareWord(text) ? text : quote(text);
}

export function word(w: Word): string {
  return wordText(w.text);
}

/** A search value keeps its quoting exactly: quoting changes its meaning (wildcards, case, keywords). */
export function value(v: SearchValue): string {
  return v.quoted ? quote(v.text) : v.text;
}

/**
 * `left op right` written tight, as Splunk users write `name=value`; a left side
 * ending in `!` keeps a space, else `a!` `=` would lex as `a` `!=`.
 */
export function pair(left: string, op: string, right: string): string {
  return `${left}${left.endsWith('!') && op.startsWith('=') ? ' ' : ''}${op}${right}`;
}

export function option(o: CommandOption): string {
  return pair(word(o.name), '=', value(o.value));
}

/** The non-empty parts, separated by spaces: optional clauses are passed as undefined or false. */
export function spaced(...parts: readonly (string | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(' ');
}

/** `keyword item item…`, or nothing when there are no items (e.g. an empty `by` clause). */
export function clause(keyword: string, items: readonly string[], separator = ' '): string | undefined {
  return items.length === 0 ? undefined : `${keyword} ${items.join(separator)}`;
}
