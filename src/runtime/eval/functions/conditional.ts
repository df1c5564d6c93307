import { errorAt } from '../../../diagnostics/diagnostic.js';
import { ipInRange, parseCidr, parseIp } from '../../../values/ip.js';
import { compare, inList, like } from '../operators.js';
import { regexArgument } from '../regex.js';
import { isMultivalue, isTrue, toText, valuesOfEval, type EvalValue } from '../types.js';
import { arg, spec, type FunctionSpec } from './spec.js';

/*
 * Comparison and Conditional functions:
 * https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/ConditionalFunctions
 */

const constant = (value: EvalValue): FunctionSpec => spec(0, 0, () => () => value);

/** Alternating condition/value pairs, as case() and validate() take them. */
function pairs(name: string): FunctionSpec['build'] {
  return (args, call) => {
    if (args.length % 2 !== 0) throw errorAt('invalid-argument', `${name}() takes condition/value pairs; the last condition has no value`, call.span);
    return (row, ctx) => {
      for (let i = 0; i < args.length; i += 2) {
        const holds = isTrue(arg(args, i)(row, ctx));
        // case(): "Returns the first value for which the condition evaluates to TRUE";
        // validate(): "returns the value that corresponds to the condition that evaluates to FALSE".
        if (holds === (name === 'case')) return arg(args, i + 1)(row, ctx);
      }
      return null;
    };
  };
}

/** cidrmatch(<cidr>,<ip>): a bare address as <cidr> is a /32 or /128 [INF]; a non-IP never matches. */
function cidrMatches(cidr: string, ip: string): boolean {
  const range = parseCidr(cidr);
  if (range !== null) return ipInRange(ip, range);
  const single = parseIp(cidr);
  const width = single?.kind() === 'ipv4' ? 32 : 128;
  const exact = single === null ? null : parseCidr(`${cidr}/${width}`);
  return exact !== null && ipInRange(ip, exact);
}

export const CONDITIONAL_FUNCTIONS: ReadonlyArray<readonly [string, FunctionSpec]> = [
  // "If the <predicate> expression evaluates to TRUE, returns the <true_value>, otherwise the
  // function returns the <false_value>": a null predicate takes the false branch.
  ['if', spec(3, 3, (args) => {
    const [p, t, f] = [arg(args, 0), arg(args, 1), arg(args, 2)];
    return (row, ctx) => (isTrue(p(row, ctx)) ? t(row, ctx) : f(row, ctx));
  })],
  // "The function defaults to NULL if none of the <condition> arguments are true."
  ['case', spec(2, Infinity, pairs('case'))],
  ['validate', spec(2, Infinity, pairs('validate'))],
  // "takes one or more values and returns the first value that is not NULL"; "" is a value.
  ['coalesce', spec(1, Infinity, (args) => (row, ctx) => {
    for (const a of args) {
      const value = a(row, ctx);
      if (value !== null) return value;
    }
    return null;
  })],
  // "returns NULL if the value in <field1> is equal to the value in <field2>. Otherwise ... <field1>".
  ['nullif', spec(2, 2, (args) => (row, ctx) => {
    const a = arg(args, 0)(row, ctx);
    return compare('=', a, arg(args, 1)(row, ctx)) === true ? null : a;
  })],
  ['true', constant(true)],
  ['false', constant(false)],
  // "returns NULL. The evaluation engine uses NULL to represent "no value"."
  ['null', constant(null)],
  ['in', spec(1, Infinity, (args) => (row, ctx) => inList(arg(args, 0)(row, ctx), args.slice(1).map((a) => a(row, ctx))))],
  ['like', spec(2, 2, (args) => (row, ctx) => like(arg(args, 0)(row, ctx), arg(args, 1)(row, ctx)))],
  // "returns TRUE if the regular expression <regex> finds a match against any substring".
  ['match', spec(2, 2, (args, call) => {
    const subject = arg(args, 0);
    const regex = regexArgument(call.args[1], arg(args, 1));
    return (row, ctx) => {
      const value = subject(row, ctx);
      const re = regex(row, ctx);
      if (value === null || typeof value === 'boolean' || re === null) return null;
      return valuesOfEval(value).some((v) => re.test(toText(v) ?? ''));
    };
  })],
  // "returns TRUE when an IP address, <ip>, belongs to a particular CIDR subnet"; IPv4 and IPv6.
  ['cidrmatch', spec(2, 2, (args) => (row, ctx) => {
    const cidrValue = arg(args, 0)(row, ctx);
    const cidr = isMultivalue(cidrValue) ? null : toText(cidrValue);
    const ip = arg(args, 1)(row, ctx);
    if (cidr === null || ip === null || typeof ip === 'boolean') return null;
    return valuesOfEval(ip).some((v) => cidrMatches(cidr, toText(v) ?? ''));
  })],
  // searchmatch() runs the search language on the raw event; splice does not evaluate that here.
  ['searchmatch', spec(1, 1, (_args, call) => {
    throw errorAt('unsupported', 'unsupported: eval function searchmatch() (it matches search-language terms against _raw)', call.span, [
      'use match() with a regular expression, or a search command before the eval',
    ]);
  })],
];
