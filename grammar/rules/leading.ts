import { modelledCommandNames } from '../commands/index.js';

/** Commands that may start a search without a leading pipe. */
const LEADING_COMMANDS: ReadonlySet<string> = new Set(['search', 'inputlookup', 'tstats', 'mstats', 'makeresults', 'from', 'datamodel', 'multisearch', 'rest']);

/**
 * Subsearches are sub-pipelines: `appendpipe [stats count]` runs stats, so
 * inside brackets any command name starts a command.
 */
const SUBSEARCH_COMMANDS: ReadonlySet<string> = new Set([...LEADING_COMMANDS, ...modelledCommandNames()]);

/** Whether a search (or, with `inSubsearch`, a subsearch) that starts with `word` starts with a command. */
export function startsWithCommand(word: string, inSubsearch: boolean): boolean {
  const lower = word.toLowerCase();
  return (inSubsearch ? SUBSEARCH_COMMANDS : LEADING_COMMANDS).has(lower);
}
