import { it } from 'vitest';
import { parsePipeline } from '../src/parser/parse.js';
import { compilePcre } from '../src/runtime/eval/pcre.js';
it('p', () => {
  for (const s of [
    '| join user type=outer [search x]',
    '| join max=0 dest process_guid [search x]',
  ]) {
    try { console.log(s, JSON.stringify(parsePipeline(s).commands[0], (k, v) => (k === 'span' || k === 'subsearch' ? undefined : v))); } catch (e) { console.log(s, 'ERR', (e as Error).message); }
  }
  const sp = { start: 0, end: 1 };
  for (const p of ['a\\/b', '\\x00', '(?P<x>a)(?<y>b)(?<=c)', '\\x{202E}', '[(?<z>]']) { try { console.log(p, compilePcre(p, sp).source); } catch (e) { console.log(p, 'ERR', (e as Error).message); } }
});
