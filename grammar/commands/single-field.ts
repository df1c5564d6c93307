import type { CommandOption, Word } from '../../src/ast/nodes.js';
import type { ArgReader } from './reader.js';

/** Commands of the shape `name [options] field [options]` (iplocation, mvexpand, makemv, mvcombine, fromjson). */
export function readSingleField(r: ArgReader, what: string): { options: CommandOption[]; field: Word } {
  const options = r.options();
  const field = r.word(what);
  options.push(...r.options());
  r.end();
  return { options, field };
}

/** Commands of the shape `name [options] [words]` in any order. */
export function readOptionsAndWords(r: ArgReader): { options: CommandOption[]; words: Word[] } {
  const result = r.optionsAndWords();
  r.end();
  return result;
}
