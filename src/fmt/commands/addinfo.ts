import type { AddinfoCommand } from '../../ast/nodes.js';

export function formatAddinfo(_c: AddinfoCommand): string {
  return 'addinfo';
}
