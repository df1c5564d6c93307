import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import { groupName, PcreProblem, readClass, readEscape, type Piece } from './pcre-escape.js';

/**
 * PCRE → JavaScript RegExp. Splunk's regexes are PCRE ("Splunk SPL regular expressions are
 * Perl Compatible Regular Expressions (PCRE)", Search Manual, "SPL and regular expressions");
 * match(), replace(), mvfind() and the rex command use them. Where the two flavours differ we
 * rewrite to PCRE's meaning: `.` does not match only "\n" in PCRE (JavaScript also excludes
 * "\r" and U+2028/9); `$` also matches before a final newline; `(?m)` lines end at "\n" only;
 * \A \z \Z \h \v \R become lookarounds and classes. What JavaScript cannot express (atomic
 * groups, possessive quantifiers, recursion, conditionals, scoped or mid-pattern options,
 * Unicode properties, \G, \K) is refused by name rather than approximated.
 * Constructs: https://www.pcre.org/current/doc/html/pcre2pattern.html
 */
export type PcreTranslation =
  | { readonly ok: true; readonly source: string; readonly flags: string }
  | { readonly ok: false; readonly kind: 'unsupported' | 'invalid'; readonly construct: string };

export function translatePcre(pattern: string): PcreTranslation {
  try {
    return { ok: true, ...new Translator(pattern).run() };
  } catch (e) {
    if (e instanceof PcreProblem) return { ok: false, kind: e.kind, construct: e.construct };
    throw e;
  }
}

/**
 * A RegExp for `pattern` with PCRE's meaning; `extraFlags` adds e.g. "g".
 * @throws SpliceError 'unsupported' naming a PCRE construct JavaScript cannot run,
 *   'invalid-argument' for a pattern that is not a valid regex. Both point at `at`.
 */
export function compilePcre(pattern: string, at: Span, extraFlags = ''): RegExp {
  const t = translatePcre(pattern);
  if (!t.ok) {
    if (t.kind === 'unsupported') throw errorAt('unsupported', `unsupported: PCRE ${t.construct} in regular expression`, at);
    throw errorAt('invalid-argument', `invalid regular expression: ${t.construct}`, at);
  }
  try {
    return new RegExp(t.source, t.flags + extraFlags);
  } catch (e) {
    if (e instanceof SyntaxError) throw errorAt('invalid-argument', `invalid regular expression: ${e.message}`, at);
    throw e;
  }
}

const LEADING_OPTIONS = /^\(\?([A-Za-z]*)(?:-([A-Za-z]*))?\)/;
const QUANTIFIER = /^\{\d+(?:,\d*)?\}/;
const GROUP_OPTIONS = /^\(\?([A-Za-z]*)(?:-([A-Za-z]*))?([:)])/;

class Translator {
  private i = 0;
  private out = '';
  private caseless = false;
  private multiline = false;
  private dotAll = false;
  private extended = false;

  constructor(private readonly p: string) {}

  run(): { source: string; flags: string } {
    this.leadingOptions();
    while (this.i < this.p.length) this.step();
    return { source: this.out, flags: this.caseless ? 'i' : '' };
  }

  /** `(?i)` and friends at the very start set options for the whole pattern. */
  private leadingOptions(): void {
    for (let m = LEADING_OPTIONS.exec(this.p); m !== null; m = LEADING_OPTIONS.exec(this.p.slice(this.i))) {
      if (m[1] === '' && m[2] === undefined) break;
      this.setOptions(m[1] ?? '', true, m[0]);
      this.setOptions(m[2] ?? '', false, m[0]);
      this.i += m[0].length;
    }
    if (this.p.startsWith('(*', this.i)) throw new PcreProblem('unsupported', 'start-of-pattern option (*…)');
  }

  private setOptions(letters: string, on: boolean, written: string): void {
    for (const letter of letters) {
      if (letter === 'i') this.caseless = on;
      else if (letter === 'm') this.multiline = on;
      else if (letter === 's') this.dotAll = on;
      else if (letter === 'x') this.extended = on;
      else throw new PcreProblem('unsupported', `option ${letter} in ${written}`);
    }
  }

  private step(): void {
    const ch = this.p[this.i] ?? '';
    if (this.extended && /\s/.test(ch)) {
      this.i++;
      return;
    }
    if (this.extended && ch === '#') {
      const end = this.p.indexOf('\n', this.i);
      this.i = end < 0 ? this.p.length : end + 1;
      return;
    }
    switch (ch) {
      case '\\': return this.emit(readEscape(this.p, this.i + 1, false));
      case '[': return this.emit(readClass(this.p, this.i + 1));
      case '(': return this.group();
      case '.': return this.emit({ text: this.dotAll ? '[\\s\\S]' : '[^\\n]', next: this.i + 1 });
      case '^': return this.emit({ text: this.multiline ? '(?<![^\\n])' : '^', next: this.i + 1 });
      case '$': return this.emit({ text: this.multiline ? '(?![^\\n])' : '(?=\\n?(?![\\s\\S]))', next: this.i + 1 });
      case '*': case '+': case '?': return this.quantifier(ch);
      case '{': {
        const m = QUANTIFIER.exec(this.p.slice(this.i));
        return m === null ? this.emit({ text: '\\{', next: this.i + 1 }) : this.quantifier(m[0]);
      }
      case '}': return this.emit({ text: '\\}', next: this.i + 1 });
      default: return this.emit({ text: ch, next: this.i + 1 });
    }
  }

  private emit(piece: Piece): void {
    this.out += piece.text;
    this.i = piece.next;
  }

  /** A quantifier, then an optional lazy `?`; a possessive `+` is refused. */
  private quantifier(text: string): void {
    this.emit({ text, next: this.i + text.length });
    if (this.p[this.i] === '+') throw new PcreProblem('unsupported', `possessive quantifier ${text}+`);
    if (this.p[this.i] === '?') this.emit({ text: '?', next: this.i + 1 });
  }

  private group(): void {
    const rest = this.p.slice(this.i);
    if (rest.startsWith('(*')) throw new PcreProblem('unsupported', 'backtracking control verb (*…)');
    if (!rest.startsWith('(?')) return this.emit({ text: '(', next: this.i + 1 });
    const after = rest.slice(2);
    for (const keep of ['<=', '<!', ':', '=', '!']) {
      if (after.startsWith(keep)) return this.emit({ text: `(?${keep}`, next: this.i + 2 + keep.length });
    }
    const named = /^(?:P?<|')([^>']*)[>']/.exec(after);
    if (named !== null) return this.emit({ text: `(?<${groupName(named[1] ?? '')}>`, next: this.i + 2 + named[0].length });
    const reference = /^P=([^)]*)\)/.exec(after);
    if (reference !== null) return this.emit({ text: `\\k<${groupName(reference[1] ?? '')}>`, next: this.i + 2 + reference[0].length });
    if (after.startsWith('#')) {
      const end = this.p.indexOf(')', this.i);
      if (end < 0) throw new PcreProblem('invalid', 'unterminated (?# comment');
      this.i = end + 1;
      return;
    }
    this.refuseGroup(after);
  }

  private refuseGroup(after: string): never {
    const first = after[0] ?? '';
    if (first === '>') throw new PcreProblem('unsupported', 'atomic group (?>…)');
    if (first === '|') throw new PcreProblem('unsupported', 'branch reset group (?|…)');
    if (first === '(') throw new PcreProblem('unsupported', 'conditional group (?(…)…)');
    if (/^(?:R|[+-]?\d|&|P>)/.test(after)) throw new PcreProblem('unsupported', 'recursion or subroutine call');
    if (first === 'C') throw new PcreProblem('unsupported', 'callout (?C…)');
    const options = GROUP_OPTIONS.exec(`(?${after}`);
    if (options !== null) {
      const written = options[0].slice(0, -1);
      if (options[3] === ':') throw new PcreProblem('unsupported', `scoped inline options ${written}:…)`);
      throw new PcreProblem('unsupported', `inline options ${written}) after the start of the pattern`);
    }
    throw new PcreProblem('invalid', `unknown group (?${first}`);
  }
}
