import type { RenameCommand } from '../../ast/nodes.js';
import { errorAt } from '../../diagnostics/diagnostic.js';
import type { RenameStage } from '../plan.js';

/** rename: both sides need the same number of wildcards (rename docs). */
export function planRename(cmd: RenameCommand): RenameStage {
  const seen = new Set<string>();
  for (const pair of cmd.pairs) {
    const stars = (s: string): number => s.split('*').length - 1;
    if (stars(pair.from.text) !== stars(pair.to.text)) {
      throw errorAt('invalid-argument', `wildcard mismatch: "${pair.from.text}" and "${pair.to.text}" must have the same number of *`, pair.span);
    }
    if (seen.has(pair.from.text)) throw errorAt('invalid-argument', `"${pair.from.text}" is renamed twice; a field can't have two new names`, pair.from.span);
    seen.add(pair.from.text);
  }
  return { kind: 'rename', pairs: cmd.pairs.map((p) => ({ from: p.from.text, to: p.to.text })), span: cmd.span };
}
