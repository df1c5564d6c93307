import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TstatsCommand } from '../../src/ast/nodes.js';
import { parsed, show } from './helpers.js';

const SEED = readFileSync(new URL('../../examples/detect_outbound_smb_traffic.spl', import.meta.url), 'utf8');
const { pipeline, text } = parsed(SEED);

function tstats(): TstatsCommand {
  const first = pipeline.commands[0];
  if (first?.kind !== 'tstats') throw new Error(`expected tstats, got ${first?.kind}`);
  return first;
}

const PRIVATE = '"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"';

describe('the reference detection (detect_outbound_smb_traffic)', () => {
  it('is six commands after macro expansion', () => {
    expect(pipeline.commands.map((c) => c.kind)).toEqual(['tstats', 'rename', 'convert', 'convert', 'iplocation', 'search']);
  });

  it('has the tstats options from security_content_summariesonly, in order', () => {
    expect(tstats().options.map((o) => [o.name.text, o.value.text, o.value.quoted])).toEqual([
      ['summariesonly', 'false', false],
      ['allow_old_summaries', 'true', false],
      ['fillnull_value', 'null', false],
    ]);
  });

  it('has the aggregates with their fields and `as` names', () => {
    expect(tstats().functions.map((a) => [a.fn.text, a.args[0]?.kind === 'field' ? a.args[0].field.text : undefined, a.as?.text])).toEqual([
      ['earliest', '_time', 'start_time'],
      ['latest', '_time', 'end_time'],
      ['values', 'All_Traffic.action', 'action'],
      ['values', 'All_Traffic.app', 'app'],
      ['values', 'sourcetype', 'sourcetype'],
      ['count', undefined, undefined],
    ]);
  });

  it('reads from datamodel=Network_Traffic with no dataset', () => {
    const from = tstats().from;
    expect(from?.datamodel.text).toBe('Network_Traffic');
    expect(from?.dataset).toBeUndefined();
    expect(text.slice(from?.span.start, from?.span.end)).toBe('from datamodel=Network_Traffic');
    expect(text.slice(from?.datamodel.span.start, from?.datamodel.span.end)).toBe('Network_Traffic');
  });

  it('parses the WHERE with OR binding tighter than AND (spl-semantics.md §3.1)', () => {
    const where = tstats().where;
    if (!where) throw new Error('no where');
    expect(show(where)).toBe(
      'and[' +
        'and[All_Traffic.action=allowed, or[All_Traffic.dest_port=139, All_Traffic.dest_port=445, All_Traffic.app="smb"]], ' +
        `All_Traffic.src_ip IN(${PRIVATE}), ` +
        `not(All_Traffic.dest_ip IN(${PRIVATE}, "100.64.0.0/10"))` +
        ']',
    );
  });

  it('keeps the parenthesised group span around the parentheses', () => {
    const where = tstats().where;
    const group = where?.kind === 'and' ? where.items[0] : undefined;
    expect(group?.kind).toBe('and');
    expect(text.slice(group?.span.start, group?.span.end)).toBe(
      '(All_Traffic.action=allowed All_Traffic.dest_port=139 OR All_Traffic.dest_port=445 OR All_Traffic.app="smb")',
    );
  });

  it('groups by three fields', () => {
    expect(tstats().by.map((w) => w.text)).toEqual(['All_Traffic.src_ip', 'All_Traffic.dest_ip', 'All_Traffic.dest_port']);
    expect(tstats().timeSpan).toBeUndefined();
  });

  it('renames "All_Traffic.*" as *', () => {
    const rename = pipeline.commands[1];
    expect(rename?.kind === 'rename' ? rename.pairs.map((p) => [p.from.text, p.to.text]) : []).toEqual([['All_Traffic.*', '*']]);
  });

  it('converts start_time and end_time with the ISO timeformat', () => {
    const converts = pipeline.commands.slice(2, 4).map((c) =>
      c.kind === 'convert' ? [c.timeformat?.text, c.conversions.map((v) => [v.fn.text, v.field.text, v.as?.text])] : [],
    );
    expect(converts).toEqual([
      ['%Y-%m-%dT%H:%M:%S', [['ctime', 'start_time', undefined]]],
      ['%Y-%m-%dT%H:%M:%S', [['ctime', 'end_time', undefined]]],
    ]);
  });

  it('ends with iplocation dest_ip and the default filter search *', () => {
    const [iplocation, search] = pipeline.commands.slice(4);
    expect(iplocation?.kind === 'iplocation' ? [iplocation.field.text, iplocation.options.length] : []).toEqual(['dest_ip', 0]);
    expect(search?.kind === 'search' && search.expr ? show(search.expr) : '').toBe('term(*)');
  });
});
