import type { SearchValue } from '../ast/nodes.js';
import { errorAt } from '../diagnostics/diagnostic.js';
import { compilePcre } from './eval/pcre.js';

/**
 * The sed expressions of `rex mode=sed`: "s/<regex>/<replacement>/<flags>" and
 * "y/<string1>/<string2>/" ("No other sed commands are implemented").
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Rex
 * - s: <regex> is PCRE; in <replacement> "\n" (one digit) is a back reference
 *   ("Use \n for backreferences"), "\0" the whole match [INF, as in replace()],
 *   "\\" a backslash and "\/" a slash. Flags: none (first match), g (every
 *   match) or a number N (only the Nth match).
 * - y: each character of string1 becomes the character at the same place in string2.
 * Only "/" is accepted as the delimiter (the one the docs show). `&` in a
 * replacement (the whole match in Unix sed, not mentioned by Splunk), other
 * escapes, and flag combinations such as "2g" are refused rather than guessed.
 */
export type SedEdit = (text: string) => string;

export function compileSed(expression: SearchValue): SedEdit {
  const text = expression.text;
  const at = expression.span;
  const command = text[0];
  if (command !== 's' && command !== 'y') {
    throw errorAt('invalid-argument', `rex mode=sed expects "s/regex/replacement/flags" or "y/from/to/", not "${text}"`, at);
  }
  if (text[1] !== '/') throw errorAt('unsupported', `unsupported: sed delimiter "${text[1] ?? ''}" (only "/" is supported)`, at);
  const parts = splitParts(text.slice(2));
  if (parts.length !== 3) throw errorAt('invalid-argument', `sed expression "${text}" needs three "/" after "${command}"`, at);
  const [first, second, flags] = parts as [string, string, string];
  return command === 's' ? substitute(first, second, flags, expression) : transliterate(first, second, flags, expression);
}

/** Splits at each "/" not escaped by a backslash; escapes are kept as written. */
function splitParts(body: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch === '\\' && i + 1 < body.length) {
      current += ch + body[i + 1]!;
      i++;
    } else if (ch === '/' && parts.length < 2) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

function substitute(regex: string, replacement: string, flags: string, expression: SearchValue): SedEdit {
  const at = expression.span;
  const template = parseReplacement(replacement, expression);
  const re = compilePcre(regex, at, 'g');
  // The docs call N "the Nth occurrence"; as in Unix sed, only that match is replaced.
  let only: number | undefined;
  if (flags === '') only = 1;
  else if (/^[1-9]\d*$/.test(flags)) only = Number(flags);
  else if (flags !== 'g') throw errorAt('unsupported', `unsupported: sed flags "${flags}" (only g or a number)`, at);
  return (text) => {
    let out = '';
    let last = 0;
    let n = 0;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      n++;
      if (only === undefined || n === only) {
        out += text.slice(last, m.index) + expand(template, m);
        last = m.index + m[0].length;
        if (only !== undefined) break;
      }
      if (m[0] === '') re.lastIndex++;
    }
    re.lastIndex = 0;
    return out + text.slice(last);
  };
}

/** A replacement as literal text and group numbers. */
type Template = readonly (string | number)[];

function parseReplacement(replacement: string, expression: SearchValue): Template {
  const pieces: (string | number)[] = [];
  for (let i = 0; i < replacement.length; i++) {
    const ch = replacement[i]!;
    if (ch === '&') throw errorAt('unsupported', 'unsupported: "&" in a sed replacement (write "\\0" for the whole match)', expression.span);
    if (ch !== '\\') {
      pieces.push(ch);
      continue;
    }
    const next = replacement[++i];
    if (next !== undefined && /\d/.test(next)) pieces.push(Number(next));
    else if (next === '\\' || next === '/') pieces.push(next);
    else throw errorAt('unsupported', `unsupported: escape "\\${next ?? ''}" in a sed replacement`, expression.span);
  }
  return pieces;
}

function expand(template: Template, match: RegExpExecArray): string {
  return template.map((piece) => (typeof piece === 'number' ? (match[piece] ?? '') : piece)).join('');
}

function transliterate(from: string, to: string, flags: string, expression: SearchValue): SedEdit {
  const at = expression.span;
  if (flags !== '') throw errorAt('invalid-argument', `sed "y" takes no flags, found "${flags}"`, at);
  const source = characters(from, expression);
  const target = characters(to, expression);
  if (source.length !== target.length) {
    throw errorAt('invalid-argument', `sed "y" needs strings of the same length (${source.length} and ${target.length} characters)`, at);
  }
  const map = new Map<string, string>();
  // As in sed, the first mention of a character decides its replacement.
  source.forEach((c, i) => {
    if (!map.has(c)) map.set(c, target[i]!);
  });
  return (text) => [...text].map((c) => map.get(c) ?? c).join('');
}

/** The characters of a y string: "\\" is a backslash, "\/" a slash; other escapes are refused. */
function characters(part: string, expression: SearchValue): string[] {
  const out: string[] = [];
  const chars = [...part];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (ch !== '\\') {
      out.push(ch);
      continue;
    }
    const next = chars[++i];
    if (next === '\\' || next === '/') out.push(next);
    else throw errorAt('unsupported', `unsupported: escape "\\${next ?? ''}" in a sed "y" string`, expression.span);
  }
  return out;
}
