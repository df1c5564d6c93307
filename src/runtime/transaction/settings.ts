import type { CommandOption, EvalExpr, TransactionCommand, TransactionOption } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { Span } from '../../diagnostics/span.js';
import { namedField, type Predicate } from '../../plan/predicate.js';
import { toPredicate } from '../../plan/search-to-predicate.js';
import { boolOption, checkOptions, findOption } from '../options.js';

/** startswith=/endswith=: an eval expression (`eval(…)`) or a search expression (`(…)`). */
export type TransactionFilter =
  | { readonly kind: 'eval'; readonly expr: EvalExpr }
  | { readonly kind: 'search'; readonly predicate: Predicate };

/** The transaction options, read and checked; limits are undefined when off. */
export interface TransactionSettings {
  readonly fields: readonly string[];
  /** Seconds; the events must span less than this. */
  readonly maxspan: number | undefined;
  /** Seconds; the longest allowed gap between consecutive events. */
  readonly maxpause: number | undefined;
  readonly maxevents: number | undefined;
  readonly connected: boolean;
  readonly unifyends: boolean;
  readonly keepevicted: boolean;
  /** true: every field as a list; a set: those fields; false: distinct sorted values. */
  readonly mvlist: boolean | ReadonlySet<string>;
  readonly startswith: TransactionFilter | undefined;
  readonly endswith: TransactionFilter | undefined;
  readonly span: Span;
}

/**
 * Options of https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/Transaction.
 * Refused: name= (transactiontypes.conf), maxopentxn=/maxopenevents= (memory
 * eviction, which splice never does), keeporphans=true (where orphans go in the
 * output is not documented), startswith/endswith given as a quoted or bare
 * string, and unifyends= set apart from connected= [INF: how the two combine is
 * not documented].
 * Accepted without effect: delim= and mvraw= only shape _raw, which transaction
 * refuses as input; nullstr= only fills mvlist fields some events lack, which
 * are refused (render.ts).
 */
const PLAIN_OPTIONS = ['maxspan', 'maxpause', 'maxevents', 'connected', 'unifyends', 'keepevicted', 'keeporphans', 'mvlist', 'delim', 'mvraw', 'nullstr'];

export function readTransactionSettings(cmd: TransactionCommand): TransactionSettings {
  const plain: CommandOption[] = [];
  let startswith: TransactionFilter | undefined;
  let endswith: TransactionFilter | undefined;
  for (const option of cmd.options) {
    if (option.kind === 'option' && !isFilterName(option.option.name.text)) {
      plain.push(option.option);
      continue;
    }
    const filter = readFilter(option);
    if (nameOf(option) === 'startswith') startswith = filter;
    else endswith = filter;
  }
  checkOptions('transaction', plain, PLAIN_OPTIONS);
  const connected = boolOption(plain, 'connected', true);
  const unifyends = boolOption(plain, 'unifyends', connected);
  const unify = findOption(plain, 'unifyends');
  if (unify !== undefined && unifyends !== connected) {
    throw errorAt('unsupported', `unsupported: transaction unifyends=${unify.value.text} with connected=${connected}`, unify.span);
  }
  const orphans = findOption(plain, 'keeporphans');
  if (orphans !== undefined && boolOption(plain, 'keeporphans', false)) {
    throw errorAt('unsupported', 'unsupported: transaction keeporphans=true', orphans.span);
  }
  return {
    fields: cmd.fields.map((w) => w.text),
    maxspan: durationOption(plain, 'maxspan'),
    maxpause: durationOption(plain, 'maxpause'),
    maxevents: maxEvents(plain),
    connected,
    unifyends,
    keepevicted: boolOption(plain, 'keepevicted', false),
    mvlist: mvlistOption(plain),
    startswith,
    endswith,
    span: cmd.span,
  };
}

function nameOf(option: TransactionOption): string {
  return (option.kind === 'option' ? option.option.name.text : option.name.text).toLowerCase();
}

function isFilterName(name: string): boolean {
  return ['startswith', 'endswith'].includes(name.toLowerCase());
}

function readFilter(option: TransactionOption): TransactionFilter {
  const name = nameOf(option);
  switch (option.kind) {
    case 'option':
      throw errorAt('unsupported', `unsupported: transaction ${name}="${option.option.value.text}" (a quoted or bare search string); write ${name}=(field=value) or ${name}=eval(…)`, option.option.span);
    case 'eval':
    case 'search':
      if (!isFilterName(name)) throw errorAt('unsupported', `unsupported: transaction option ${option.name.text}=`, option.span);
      if (option.kind === 'eval') return { kind: 'eval', expr: option.expr };
      return {
        kind: 'search',
        predicate: toPredicate(option.expr, (w) => namedField(w.text, w.span), (p) => {
          throw errorAt('unsupported', `unsupported: a subsearch in transaction ${name}=`, p.span);
        }),
      };
  }
}

const UNIT_SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `<int>[s|m|h|d]`, seconds when the unit is left out; negative means no limit. */
function durationOption(options: readonly CommandOption[], name: string): number | undefined {
  const o = findOption(options, name);
  if (o === undefined) return undefined;
  const m = /^(-?\d+)([smhd])?$/i.exec(o.value.text);
  if (m === null) throw errorAt('unsupported', `unsupported: transaction ${o.name.text}=${o.value.text} (expected a whole number with s, m, h or d)`, o.value.span);
  const size = Number(m[1]);
  return size < 0 ? undefined : size * (UNIT_SECONDS[(m[2] ?? 's').toLowerCase()] ?? 1);
}

/** maxevents: default 1000; a negative value turns the limit off. */
function maxEvents(options: readonly CommandOption[]): number | undefined {
  const o = findOption(options, 'maxevents');
  if (o === undefined) return 1000;
  if (!/^-?\d+$/.test(o.value.text)) throw errorAt('invalid-argument', `maxevents expects a whole number, not "${o.value.text}"`, o.value.span);
  const n = Number(o.value.text);
  if (n === 0) throw errorAt('invalid-argument', 'maxevents=0 allows no events; use a negative value for no limit', o.value.span);
  return n < 0 ? undefined : n;
}

const BOOL_WORDS = new Set(['true', 't', '1', 'yes', 'y', 'false', 'f', '0', 'no', 'n']);

/** mvlist=true|false|<field-list> (comma or space separated). */
function mvlistOption(options: readonly CommandOption[]): boolean | ReadonlySet<string> {
  const o = findOption(options, 'mvlist');
  if (o === undefined) return false;
  if (BOOL_WORDS.has(o.value.text.toLowerCase())) return boolOption(options, 'mvlist', false);
  return new Set(o.value.text.split(/[\s,]+/).filter((f) => f !== ''));
}
