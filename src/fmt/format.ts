import type { Command, Pipeline, SearchExpr, Subsearch } from '../ast/nodes.js';
import { formatCommand as formatWith } from './commands/index.js';
import type { Printer } from './printer.js';
import { formatSearchExpr } from './search-expr.js';
import { startsWithCommand } from '../../grammar/rules/leading.js';

/** Eval-mode command words the lexer recognises at the start of the text. */
const EVAL_WORDS: ReadonlySet<string> = new Set(['eval', 'where', 'fieldformat']);
/** The first search-mode Word token of a text. */
const LEADING_WORD = /^(?:[^\s|[\]()=!<>,"]|!(?!=))+/;
/** Commands that open a subsearch without a pipe as the lexer and grammar read them: `[search …]`, and eval-mode commands (`[eval …]`, foreach's template). */
const BARE_IN_BODY: ReadonlySet<Command['kind']> = new Set(['search', 'eval', 'fieldformat', 'where']);

/**
 * Canonical SPL for a pipeline: one command a line, each after `| `. A first
 * `search` prints as its bare expression (the implicit search), unless that
 * would read as a command or there is no expression.
 */
export function formatPipeline(pipeline: Pipeline): string {
  const [first, ...rest] = pipeline.commands;
  if (first === undefined) return '';
  return [leading(first), ...rest.map(formatCommand)].join('\n| ');
}

function leading(command: Command): string {
  if (command.kind === 'search' && command.expr !== undefined) {
    const text = formatSearch(command.expr);
    const word = LEADING_WORD.exec(text)?.[0].toLowerCase() ?? '';
    if (!EVAL_WORDS.has(word) && !startsWithCommand(word, false)) return text;
  }
  return `| ${formatCommand(command)}`;
}

/**
 * `[…]` on one line, commands separated by ` | `. The first command prints as
 * `search …` or `| command …`; with `bareBody` (foreach's templated body) an
 * eval-mode command is bare too, as `[eval x=1]` is written.
 */
export function formatSubsearch(subsearch: Subsearch, bareBody = false): string {
  const [first, ...rest] = subsearch.pipeline.commands;
  if (first === undefined) return '[]';
  const bare = first.kind === 'search' || (bareBody && BARE_IN_BODY.has(first.kind));
  const head = bare ? formatCommand(first) : `| ${formatCommand(first)}`;
  return `[${[head, ...rest.map(formatCommand)].join(' | ')}]`;
}

/** A search-language expression, subsearches included. */
export function formatSearch(expr: SearchExpr): string {
  return formatSearchExpr(expr, (s) => formatSubsearch(s));
}

/** The printer handed to command printers: this module's subsearch and search printing. */
export const printer: Printer = { search: formatSearch, subsearch: formatSubsearch };

/** One command as canonical SPL, without the pipe before it. */
export function formatCommand(command: Command): string {
  return formatWith(command, printer);
}
