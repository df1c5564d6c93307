/**
 * Escapes and character classes of PCRE (Splunk's regex flavour: "Splunk SPL regular
 * expressions are Perl Compatible Regular Expressions (PCRE)", Search Manual, "SPL and
 * regular expressions"), rewritten for a JavaScript RegExp compiled without the `u` flag.
 * Reference for each construct: https://www.pcre.org/current/doc/html/pcre2pattern.html
 */

/** Why a pattern cannot be translated: PCRE has no such syntax, or JavaScript cannot say it. */
export class PcreProblem extends Error {
  constructor(
    readonly kind: 'unsupported' | 'invalid',
    readonly construct: string,
  ) {
    super(construct);
  }
}

/** PCRE's \v and \h sets (pcre2pattern, "Generic character types"); JavaScript's \v is only U+000B. */
const VERTICAL = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';
const HORIZONTAL = '\\t \\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';

/** POSIX classes inside brackets, [:alpha:] and friends (ASCII, as PCRE without UCP). */
const POSIX: Readonly<Record<string, string>> = {
  alpha: 'a-zA-Z', digit: '0-9', alnum: 'a-zA-Z0-9', upper: 'A-Z', lower: 'a-z',
  space: '\\t\\n\\x0B\\f\\r ', blank: ' \\t', punct: '!-\\/:-@\\[-`{-~', xdigit: '0-9A-Fa-f',
  word: '\\w', cntrl: '\\x00-\\x1F\\x7F', print: ' -~', graph: '!-~', ascii: '\\x00-\\x7F',
};

export interface Piece {
  readonly text: string;
  readonly next: number;
}

function codeUnit(code: number, what: string): string {
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  throw new PcreProblem('unsupported', `${what} above U+FFFF`);
}

/** `{…}` after an escape letter: its body and the index after the brace. */
function braced(p: string, open: number, what: string): { body: string; next: number } {
  const close = p.indexOf('}', open);
  if (close < 0) throw new PcreProblem('invalid', `unterminated ${what}`);
  return { body: p.slice(open + 1, close), next: close + 1 };
}

/** A literal character, escaped when it is not a letter or digit. */
export function literal(ch: string): string {
  return /[A-Za-z0-9]/.test(ch) || ch.charCodeAt(0) > 0x7e ? ch : `\\${ch}`;
}

/** A group name in \k<…>, (?P=…), (?<…>: PCRE's names are JavaScript's identifiers here. */
export function groupName(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new PcreProblem('invalid', `group name "${name}"`);
  return name;
}

function backReference(p: string, i: number): Piece {
  const open = p[i + 1];
  const close = open === '{' ? '}' : open === '<' ? '>' : open === "'" ? "'" : '';
  const end = close === '' ? i + 1 : p.indexOf(close, i + 2);
  if (close !== '' && end < 0) throw new PcreProblem('invalid', 'unterminated \\g reference');
  const body = close === '' ? (/^-?\d+/.exec(p.slice(i + 1))?.[0] ?? '') : p.slice(i + 2, end);
  const next = close === '' ? i + 1 + body.length : end + 1;
  if (open === '<' || open === "'") throw new PcreProblem('unsupported', '\\g<…> subroutine call');
  if (/^\d+$/.test(body)) return { text: `(?:\\${Number(body)})`, next };
  if (/^-\d+$/.test(body)) throw new PcreProblem('unsupported', 'relative back reference \\g{-n}');
  return { text: `\\k<${groupName(body)}>`, next };
}

/** The escape whose letter is at `i` (just after the backslash). */
export function readEscape(p: string, i: number, inClass: boolean): Piece {
  const c = p[i];
  if (c === undefined) throw new PcreProblem('invalid', '\\ at end of pattern');
  const one = (text: string): Piece => ({ text, next: i + 1 });
  const outside = (text: string): Piece => {
    if (inClass) throw new PcreProblem('invalid', `\\${c} inside a character class`);
    return one(text);
  };
  switch (c) {
    case 'd': case 'D': case 'w': case 'W': case 's': case 'S': case 't': case 'n': case 'r': case 'f':
      return one(`\\${c}`);
    case 'b': return one(inClass ? '\\x08' : '\\b');
    case 'B': return outside('\\B');
    case 'A': return outside('(?<![\\s\\S])');
    case 'z': return outside('(?![\\s\\S])');
    case 'Z': return outside('(?=\\n?(?![\\s\\S]))');
    case 'R': return outside(`(?:\\r\\n|[${VERTICAL}])`);
    case 'h': return one(inClass ? HORIZONTAL : `[${HORIZONTAL}]`);
    case 'v': return one(inClass ? VERTICAL : `[${VERTICAL}]`);
    case 'H': case 'V':
      if (inClass) throw new PcreProblem('unsupported', `\\${c} inside a character class`);
      return one(`[^${c === 'H' ? HORIZONTAL : VERTICAL}]`);
    case 'N':
      if (p[i + 1] === '{') throw new PcreProblem('unsupported', '\\N{…}');
      return outside('[^\\n]');
    case 'e': return one('\\x1b');
    case 'a': return one('\\x07');
    case 'E': return one('');
    case 'c': {
      const x = p[i + 1] ?? '';
      if (!/[A-Za-z]/.test(x)) throw new PcreProblem('unsupported', `\\c${x}`);
      return { text: `\\c${x}`, next: i + 2 };
    }
    case 'x': {
      if (p[i + 1] === '{') {
        const { body, next } = braced(p, i + 1, '\\x{…}');
        if (!/^[0-9A-Fa-f]+$/.test(body)) throw new PcreProblem('invalid', `\\x{${body}}`);
        return { text: codeUnit(parseInt(body, 16), '\\x{…}'), next };
      }
      const hex = /^[0-9A-Fa-f]{0,2}/.exec(p.slice(i + 1))?.[0] ?? '';
      return { text: codeUnit(hex === '' ? 0 : parseInt(hex, 16), '\\x'), next: i + 1 + hex.length };
    }
    case 'o': {
      if (p[i + 1] !== '{') throw new PcreProblem('invalid', '\\o without {…}');
      const { body, next } = braced(p, i + 1, '\\o{…}');
      if (!/^[0-7]+$/.test(body)) throw new PcreProblem('invalid', `\\o{${body}}`);
      return { text: codeUnit(parseInt(body, 8), '\\o{…}'), next };
    }
    case 'Q': {
      const end = p.indexOf('\\E', i + 1);
      const body = end < 0 ? p.slice(i + 1) : p.slice(i + 1, end);
      return { text: [...body].map(literal).join(''), next: end < 0 ? p.length : end + 2 };
    }
    case 'g': return inClass ? outside('') : backReference(p, i);
    case 'k': {
      const close = { '<': '>', "'": "'", '{': '}' }[p[i + 1] ?? ''];
      const end = close === undefined ? -1 : p.indexOf(close, i + 2);
      if (inClass || end < 0) throw new PcreProblem('invalid', '\\k without a group name');
      return { text: `\\k<${groupName(p.slice(i + 2, end))}>`, next: end + 1 };
    }
    case 'p': case 'P': throw new PcreProblem('unsupported', `Unicode property \\${c}`);
    case 'X': throw new PcreProblem('unsupported', '\\X (extended grapheme cluster)');
    case 'C': throw new PcreProblem('unsupported', '\\C (single code unit)');
    case 'G': throw new PcreProblem('unsupported', '\\G (start-of-match anchor)');
    case 'K': throw new PcreProblem('unsupported', '\\K (match start reset)');
    default: break;
  }
  if (c >= '0' && c <= '9') {
    // Outside a class \1… is a back reference; \0 and any digit inside a class is octal.
    if (c !== '0' && !inClass) {
      const digits = /^\d+/.exec(p.slice(i))?.[0] ?? c;
      return { text: `(?:\\${digits})`, next: i + digits.length };
    }
    const octal = /^[0-7]{1,3}/.exec(p.slice(i))?.[0];
    if (octal === undefined) throw new PcreProblem('invalid', `\\${c}`);
    return { text: codeUnit(parseInt(octal, 8), 'octal escape'), next: i + octal.length };
  }
  if (/[A-Za-z]/.test(c)) throw new PcreProblem('invalid', `unrecognized escape \\${c}`);
  return one(literal(c));
}

/** A bracketed class whose `[` is just before `i`. */
export function readClass(p: string, i: number): Piece {
  let out = '[';
  let at = i;
  if (p[at] === '^') {
    out += '^';
    at++;
  }
  // PCRE reads a `]` right after `[` or `[^` as a literal; JavaScript would end the class.
  if (p[at] === ']') {
    out += '\\]';
    at++;
  }
  for (;;) {
    const ch = p[at];
    if (ch === undefined) throw new PcreProblem('invalid', 'missing ] for character class');
    if (ch === ']') return { text: `${out}]`, next: at + 1 };
    if (ch === '\\') {
      const piece = readEscape(p, at + 1, true);
      out += piece.text;
      at = piece.next;
      continue;
    }
    const posix = ch === '[' ? /^\[:(\^?)([a-z]+):\]/.exec(p.slice(at)) : null;
    if (posix !== null) {
      const set = POSIX[posix[2] ?? ''];
      if (set === undefined) throw new PcreProblem('invalid', `POSIX class [:${posix[2] ?? ''}:]`);
      if (posix[1] === '^') throw new PcreProblem('unsupported', `negated POSIX class [:^${posix[2] ?? ''}:]`);
      out += set;
      at += posix[0].length;
      continue;
    }
    out += ch === '[' ? '\\[' : ch;
    at++;
  }
}
