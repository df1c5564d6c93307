import type { CollectCommand } from '../../ast/nodes.js';
import { option, spaced } from '../values.js';

export function formatCollect(c: CollectCommand): string {
  return spaced('collect', ...c.options.map(option));
}
