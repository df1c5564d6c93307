import type { OutlierCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `outlier opts fields`. */
export function formatOutlier(c: OutlierCommand): string {
  return spaced('outlier', ...c.options.map(option), ...c.fields.map(word));
}
