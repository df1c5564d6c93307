import type { EvalCall } from '../../../ast/eval.js';
import { jsonPath } from '../json-path.js';
import { regexArgument } from '../regex.js';
import { multivalue, scalarOf, toNumber, toText, type Compiled, type EvalValue } from '../types.js';
import { arg, optionalScalar, scalarFunction, spec, type FunctionSpec } from './spec.js';

/* Text functions: https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/TextFunctions */

/** Applies `f` to the text of a single value; null and multivalues give null. */
function textFunction(f: (text: string) => EvalValue): FunctionSpec {
  return scalarFunction((v) => f(toText(v) ?? ''));
}

/** lower()/upper(): "You can use this function on multivalue fields", so each value is converted. */
function caseFunction(f: (text: string) => string): FunctionSpec {
  return spec(1, 1, (args) => {
    const a = arg(args, 0);
    return (row, ctx) => {
      const value = a(row, ctx);
      if (Array.isArray(value)) return value.map((v) => f(toText(v) ?? ''));
      const text = toText(value);
      return text === null ? null : f(text);
    };
  });
}

/**
 * trim/ltrim/rtrim(<str>,<trim_chars>): "If not specified, spaces and tabs are removed";
 * otherwise every character of <trim_chars> is removed from that side.
 */
function trimFunction(left: boolean, right: boolean): FunctionSpec {
  return spec(1, 2, (args) => (row, ctx) => {
    const value = scalarOf(arg(args, 0)(row, ctx));
    const chars = optionalScalar(arg(args, 1)(row, ctx), args.length > 1);
    if (value === null || chars === null) return null;
    const set = new Set(chars === undefined ? [' ', '\t'] : [...(toText(chars) ?? '')]);
    const points = [...(toText(value) ?? '')];
    let start = 0;
    let end = points.length;
    while (left && start < end && set.has(points[start] ?? '')) start++;
    while (right && end > start && set.has(points[end - 1] ?? '')) end--;
    return points.slice(start, end).join('');
  });
}

/**
 * substr(<str>,<start>,<length>): "The indexes follow SQLite semantics; they start at 1.
 * Negative indexes can be used to indicate a start from the end of the string." This is
 * SQLite's substr() algorithm (func.c), on code points.
 */
export function sqliteSubstr(text: string, start: number, length: number | undefined): string {
  const points = [...text];
  let p1 = Math.trunc(start);
  let p2 = length === undefined ? points.length + 1 : Math.trunc(length);
  const negative = p2 < 0;
  if (negative) p2 = -p2;
  if (p1 < 0) {
    p1 += points.length;
    if (p1 < 0) {
      p2 += p1;
      if (p2 < 0) p2 = 0;
      p1 = 0;
    }
  } else if (p1 > 0) {
    p1--;
  } else if (p2 > 0) {
    p2--;
  }
  if (negative) {
    p1 -= p2;
    if (p1 < 0) {
      p2 += p1;
      p1 = 0;
    }
  }
  return points.slice(p1, p1 + p2).join('');
}

/**
 * The replacement of replace(): "\1" … "\9" are groups ("reference groups that are matched
 * in the <regex> using perl-compatible regular expressions (PCRE) syntax"), "\0" the whole
 * match [INF], "\\" a backslash; "$" is literal.
 */
function expandReplacement(template: string, match: readonly (string | undefined)[]): string {
  return template.replace(/\\([0-9\\])/g, (_, c: string) => (c === '\\' ? '\\' : (match[Number(c)] ?? '')));
}

/** Every match of a global `re` in `text` replaced by the expanded template. */
function replaceAll(text: string, re: RegExp, template: string): string {
  let out = '';
  let last = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out += text.slice(last, m.index) + expandReplacement(template, m);
    last = m.index + m[0].length;
    if (m[0] === '') re.lastIndex++;
  }
  re.lastIndex = 0;
  return out + text.slice(last);
}

function replaceBuild(args: readonly Compiled[], call: EvalCall): Compiled {
  const subject = arg(args, 0);
  const regex = regexArgument(call.args[1], arg(args, 1), 'g');
  const replacement = arg(args, 2);
  return (row, ctx) => {
    const value = scalarOf(subject(row, ctx));
    const re = regex(row, ctx);
    const template = scalarOf(replacement(row, ctx));
    if (value === null || re === null || template === null) return null;
    return replaceAll(toText(value) ?? '', re, toText(template) ?? '');
  };
}

/** urldecode(): percent-escapes decoded as UTF-8; "+" is kept [INF]; bad escapes stay as written. */
export function urlDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    const bytes = run.match(/%[0-9A-Fa-f]{2}/g)?.map((e) => parseInt(e.slice(1), 16)) ?? [];
    return Buffer.from(bytes).toString('utf8');
  });
}

export const TEXT_FUNCTIONS: ReadonlyArray<readonly [string, FunctionSpec]> = [
  // "returns a count of the UTF-8 code points in a string"; "you can use either len or length".
  ['len', textFunction((t) => [...t].length)],
  ['length', textFunction((t) => [...t].length)],
  ['lower', caseFunction((t) => t.toLowerCase())],
  ['upper', caseFunction((t) => t.toUpperCase())],
  ['trim', trimFunction(true, true)],
  ['ltrim', trimFunction(true, false)],
  ['rtrim', trimFunction(false, true)],
  // "substitutes the replacement string for every occurrence of the regular expression".
  ['replace', spec(3, 3, replaceBuild)],
  ['substr', spec(2, 3, (args) => (row, ctx) => {
    const value = scalarOf(arg(args, 0)(row, ctx));
    const start = toNumber(scalarOf(arg(args, 1)(row, ctx)));
    const lengthValue = optionalScalar(arg(args, 2)(row, ctx), args.length > 2);
    const length = lengthValue === undefined ? undefined : toNumber(lengthValue);
    if (value === null || start === null || length === null || Number.isNaN(start)) return null;
    return sqliteSubstr(toText(value) ?? '', start, length);
  })],
  ['urldecode', textFunction(urlDecode)],
  // spath(<value>,<path>): JSON only; XML or text that is not JSON gives null [INF].
  ['spath', spec(2, 2, (args) => (row, ctx) => {
    const value = scalarOf(arg(args, 0)(row, ctx));
    const path = scalarOf(arg(args, 1)(row, ctx));
    if (value === null || path === null) return null;
    const found = jsonPath(toText(value) ?? '', toText(path) ?? '');
    return found === null ? null : multivalue(found);
  })],
];
