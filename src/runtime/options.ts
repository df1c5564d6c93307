import type { CommandOption } from '../ast/nodes.js';
import type { Span } from '../diagnostics/span.js';
import { errorAt } from '../diagnostics/diagnostic.js';

/**
 * Reading `name=value` options of a command. Option names match in any case;
 * when an option is given twice the last one wins. An option a command does
 * not implement is refused rather than ignored, since it may change results.
 */
export function checkOptions(command: string, options: readonly CommandOption[], known: readonly string[]): void {
  for (const o of options) {
    if (!known.includes(o.name.text.toLowerCase())) {
      throw errorAt('unsupported', `unsupported: ${command} option ${o.name.text}=`, o.span);
    }
  }
}

export function findOption(options: readonly CommandOption[], name: string): CommandOption | undefined {
  let found: CommandOption | undefined;
  for (const o of options) if (o.name.text.toLowerCase() === name) found = o;
  return found;
}

export function stringOption(options: readonly CommandOption[], name: string, fallback: string): string {
  return findOption(options, name)?.value.text ?? fallback;
}

const TRUE = new Set(['true', 't', '1', 'yes', 'y']);
const FALSE = new Set(['false', 'f', '0', 'no', 'n']);

export function boolOption(options: readonly CommandOption[], name: string, fallback: boolean): boolean {
  const o = findOption(options, name);
  if (o === undefined) return fallback;
  const text = o.value.text.toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw errorAt('invalid-argument', `${o.name.text}= expects true or false, not "${o.value.text}"`, o.value.span);
}

export function intOption(options: readonly CommandOption[], name: string, fallback: number): number {
  const o = findOption(options, name);
  return o === undefined ? fallback : parseCount(o.value.text, o.value.span, o.name.text);
}

/** A non-negative integer written in the search, e.g. a count or a limit. */
export function parseCount(text: string, at: Span, what: string): number {
  if (!/^\d+$/.test(text)) throw errorAt('invalid-argument', `${what} expects a whole number, not "${text}"`, at);
  return Number(text);
}
