import type { AnomalydetectionCommand } from '../../ast/nodes.js';
import { option, spaced, word } from '../values.js';

/** `anomalydetection opts fields`. */
export function formatAnomalydetection(c: AnomalydetectionCommand): string {
  return spaced('anomalydetection', ...c.options.map(option), ...c.fields.map(word));
}
