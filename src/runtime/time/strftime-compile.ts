/**
 * Compiles a Splunk time format string into tokens once, so per-row formatting is a
 * single pass over a small array (formats repeat for every row of a result set).
 */

/** Field codes the renderer understands; composite variables are expanded at compile time. */
export type FieldCode =
  | 'Y' | 'y' | 'C' | 'G' | 'g' | 'm' | 'd' | 'e' | 'j' | 'H' | 'I' | 'k' | 'l' | 'M' | 'S'
  | 'p' | 'P' | 'a' | 'A' | 'b' | 'B' | 'w' | 'u' | 'U' | 'W' | 'V' | 's' | 'Z'
  | 'z' | ':z' | '::z' | ':::z'
  /** Subseconds; `digits` says how many (1-9), truncated. */
  | 'N';

export interface FieldToken {
  readonly code: FieldCode;
  readonly digits: number;
}

/** Literal text or a field. */
export type Token = string | FieldToken;

const SIMPLE: ReadonlySet<string> = new Set<FieldCode>([
  'Y', 'y', 'C', 'G', 'g', 'm', 'd', 'e', 'j', 'H', 'I', 'k', 'l', 'M', 'S',
  'p', 'P', 'a', 'A', 'b', 'B', 'w', 'u', 'U', 'W', 'V', 's', 'Z', 'z',
]);

/**
 * Composite variables. %c and %+ are the C/POSIX-locale forms Splunk's docs show for US English
 * on Linux ("Thu Jul 18 09:30:00 2019", day space-padded like %e). %x and %X use US order with a
 * 4-digit year and a 24-hour clock ("07/18/2019", "09:30:00"). %D %R %r %h (and %n %t %C %G %g
 * %l %P %u %W) are C-library extras Splunk's table omits; we accept them as strftime(3) does.
 */
const COMPOSITE: Readonly<Record<string, string>> = {
  F: '%Y-%m-%d',
  T: '%H:%M:%S',
  c: '%a %b %e %H:%M:%S %Y',
  '+': '%a %b %e %H:%M:%S %Z %Y',
  x: '%m/%d/%Y',
  X: '%H:%M:%S',
  D: '%m/%d/%y',
  R: '%H:%M',
  r: '%I:%M:%S %p',
  h: '%b',
};

/** Variables that are plain text. */
const LITERAL: Readonly<Record<string, string>> = { '%': '%', n: '\n', t: '\t' };

/** Default subsecond width per Splunk's docs: %N nanoseconds, %Q milliseconds, %f microseconds. */
const SUBSECOND_DEFAULT: Readonly<Record<string, number>> = { N: 9, Q: 3, f: 6 };

/** What follows a '%': `length` characters after it were used. */
type Parsed =
  | { readonly kind: 'field'; readonly token: FieldToken; readonly length: number }
  | { readonly kind: 'expand'; readonly format: string; readonly length: number }
  | { readonly kind: 'text'; readonly text: string; readonly length: number }
  | { readonly kind: 'unknown'; readonly length: number };

const CACHE_LIMIT = 256;
const cache = new Map<string, readonly Token[]>();

export function compileFormat(format: string): readonly Token[] {
  const cached = cache.get(format);
  if (cached !== undefined) return cached;
  const tokens: Token[] = [];
  const text = appendTokens(format, tokens, '');
  if (text !== '') tokens.push(text);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(format, tokens);
  return tokens;
}

/** Appends `format`'s tokens; literal text is carried in and out so adjacent text merges. */
function appendTokens(format: string, tokens: Token[], pending: string): string {
  let text = pending;
  let i = 0;
  while (i < format.length) {
    const percent = format.indexOf('%', i);
    if (percent < 0) return text + format.slice(i);
    text += format.slice(i, percent);
    const parsed = parseVariable(format, percent + 1);
    i = percent + 1 + parsed.length;
    switch (parsed.kind) {
      case 'unknown':
        text += format.slice(percent, i); // emitted unchanged, as Splunk does
        break;
      case 'text':
        text += parsed.text;
        break;
      case 'expand':
        text = appendTokens(parsed.format, tokens, text);
        break;
      case 'field':
        if (text !== '') tokens.push(text);
        text = '';
        tokens.push(parsed.token);
        break;
    }
  }
  return text;
}

function parseVariable(format: string, start: number): Parsed {
  const c = format.charAt(start);
  if (c === '') return { kind: 'unknown', length: 0 }; // a lone trailing '%'
  if (SIMPLE.has(c)) return { kind: 'field', token: { code: c as FieldCode, digits: 0 }, length: 1 };
  const literal = LITERAL[c];
  if (literal !== undefined) return { kind: 'text', text: literal, length: 1 };
  const composite = COMPOSITE[c];
  if (composite !== undefined) return { kind: 'expand', format: composite, length: 1 };
  const subsecondDefault = SUBSECOND_DEFAULT[c];
  if (subsecondDefault !== undefined) return { kind: 'field', token: { code: 'N', digits: subsecondDefault }, length: 1 };
  if (c >= '1' && c <= '9') {
    const next = format.charAt(start + 1);
    if (next === 'N' || next === 'Q') return { kind: 'field', token: { code: 'N', digits: Number(c) }, length: 2 };
    return { kind: 'unknown', length: 1 };
  }
  if (c === ':') {
    // %:z, %::z, %:::z (GNU date's colon forms, listed in Splunk's docs)
    let colons = 1;
    while (colons < 3 && format.charAt(start + colons) === ':') colons++;
    if (format.charAt(start + colons) !== 'z') return { kind: 'unknown', length: colons };
    const code: FieldCode = colons === 1 ? ':z' : colons === 2 ? '::z' : ':::z';
    return { kind: 'field', token: { code, digits: 0 }, length: colons + 1 };
  }
  return { kind: 'unknown', length: 1 };
}
