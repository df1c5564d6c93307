import type { MakeresultsCommand } from '../../ast/nodes.js';
import { option, spaced } from '../values.js';

export function formatMakeresults(c: MakeresultsCommand): string {
  return spaced('makeresults', ...c.options.map(option));
}
