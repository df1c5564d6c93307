import { readSearchFile, type SourceText } from '../api/search-source.js';
import { UsageError } from './io.js';

/** The search to work on: inline text, or a `.spl` file or detection `.yml` given with -f. */
export function readSpl(inline: string | undefined, file: string | undefined): SourceText {
  if (inline !== undefined && file !== undefined) throw new UsageError('give the search either inline or with -f FILE, not both');
  if (inline !== undefined) return { name: '<search>', text: inline };
  if (file === undefined) throw new UsageError('no search given: pass it as an argument or with -f FILE');
  return readSearchFile(file);
}
