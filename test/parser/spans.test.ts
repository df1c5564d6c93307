import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSpans, parsed } from './helpers.js';

const SEED = readFileSync(new URL('../../examples/detect_outbound_smb_traffic.spl', import.meta.url), 'utf8');

const SEARCHES: readonly string[] = [
  SEED,
  'a=1 b=2 OR b=3',
  'NOT (a=1 OR "b c"=2) x IN (1, "2", 3) error',
  '| tstats count max(_time) as lastTime, min(_time) as firstTime from datamodel="Endpoint.Processes" where nodename=Processes Processes.user!="x" by Processes.dest, "Processes.user" _time span=1h',
  '| rename "Processes".* AS *, a as "b c"',
  '| convert timeformat="%Y" ctime(a) AS b, ctime(c)',
  '| iplocation prefix=geo_ allfields=true dest_ip',
  '| eval x=if(a="b", 1, 2) | join x [search y] | fillnull | search z',
  'search `security_content_summariesonly` | `drop_dm_object_name(\\"All_Traffic\\")`\n| `x_filter`',
];

/** Every Word and SearchValue: its text, and the slice of the expanded text its span covers. */
function wordsAndValues(node: unknown, text: string, out: { text: string; slice: string; quoted: boolean }[] = []): typeof out {
  if (Array.isArray(node)) for (const child of node) wordsAndValues(child, text, out);
  else if (node !== null && typeof node === 'object') {
    const n = node as { text?: unknown; span?: { start: number; end: number }; quoted?: unknown };
    if (typeof n.text === 'string' && n.span) out.push({ text: n.text, slice: text.slice(n.span.start, n.span.end), quoted: n.quoted === true });
    for (const child of Object.values(node)) wordsAndValues(child, text, out);
  }
  return out;
}

describe('AST spans', () => {
  it.each(SEARCHES.map((s, i) => [i, s] as const))('search %i: every span is a non-empty slice inside its parent', (_i, spl) => {
    const { pipeline, text } = parsed(spl);
    expect(checkSpans(pipeline, text)).toBeGreaterThan(pipeline.commands.length);
  });

  it.each(SEARCHES.map((s, i) => [i, s] as const))('search %i: a bare word or value slices to exactly its text', (_i, spl) => {
    const { pipeline, text } = parsed(spl);
    const leaves = wordsAndValues(pipeline, text);
    expect(leaves.length).toBeGreaterThan(0);
    for (const leaf of leaves) {
      if (leaf.quoted) expect(leaf.slice).toBe(JSON.stringify(leaf.text));
      else if (!leaf.slice.includes('"')) expect(leaf.slice).toBe(leaf.text);
    }
  });

  it('the pipeline runs from 0 to the end of its last token, not past trailing white space', () => {
    const { pipeline, text } = parsed(SEED);
    expect(pipeline.span.start).toBe(0);
    expect(text.slice(0, pipeline.span.end).endsWith('| search *')).toBe(true);
    expect(text.slice(pipeline.span.end).trim()).toBe('');
  });

  it('command spans cover the command without the pipe', () => {
    const { pipeline, text } = parsed('| tstats count from datamodel=Network_Traffic by All_Traffic.src_ip \n| rename a as b ');
    expect(pipeline.commands.map((c) => text.slice(c.span.start, c.span.end))).toEqual([
      'tstats count from datamodel=Network_Traffic by All_Traffic.src_ip',
      'rename a as b',
    ]);
  });

  it('a quoted value spans its quotes', () => {
    const { pipeline, text } = parsed('search app="smb"');
    const search = pipeline.commands[0];
    const value = search?.kind === 'search' && search.expr?.kind === 'compare' ? search.expr.value : undefined;
    expect(text.slice(value?.span.start, value?.span.end)).toBe('"smb"');
  });
});
