import { it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SpliceError } from '../../src/diagnostics/diagnostic.js';
import { loadMacroPaths } from '../../src/macros/load.js';
it('scratch', () => {
  const d = '../shared/corpus/security_content/macros';
  for (const f of readdirSync(d)) {
    try { loadMacroPaths([join(d, f)]); } catch (e) { console.log(f, e instanceof SpliceError ? JSON.stringify(e.diagnostic) : e); }
  }
});
