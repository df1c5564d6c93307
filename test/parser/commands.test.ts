import { spanOfArg as spanOf } from '../../src/ast/args.js';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/ast/nodes.js';
import { parsed } from './helpers.js';

/** The only command after a leading pipe, checked to be of `kind`. */
function only<K extends Command["kind"]>(spl: string, kind: K): { command: Command & { kind: K }; text: string } {
  const { pipeline, text } = parsed(spl);
  expect(pipeline.commands).toHaveLength(1);
  const command = pipeline.commands[0];
  if (command?.kind !== kind) throw new Error(`expected ${kind}, got ${command?.kind}`);
  return { command: command as Command & { kind: K }, text };
}

describe('rename', () => {
  it('joins adjacent pieces, so "Processes".* is the name Processes.*', () => {
    const { command, text } = only('| rename "Processes".* AS *', 'rename');
    expect(command.pairs.map((p) => [p.from.text, p.to.text])).toEqual([['Processes.*', '*']]);
    const from = command.pairs[0]?.from.span;
    expect(text.slice(from?.start, from?.end)).toBe('"Processes".*');
  });

  it('does not join pieces separated by white space', () => {
    const { command } = only('| rename a as b c as "d e"', 'rename');
    expect(command.pairs.map((p) => [p.from.text, p.to.text])).toEqual([['a', 'b'], ['c', 'd e']]);
  });

  it('accepts commas between pairs and AS in any case', () => {
    const { command } = only('| rename "All_Traffic.*" as *, src As source_ip', 'rename');
    expect(command.pairs.map((p) => [p.from.text, p.to.text])).toEqual([['All_Traffic.*', '*'], ['src', 'source_ip']]);
  });
});

describe('convert', () => {
  it('reads timeformat and several conversions, with and without as', () => {
    const { command, text } = only('| convert timeformat="%Y-%m-%d %H:%M" ctime(start_time) AS start, ctime(end_time)', 'convert');
    expect(command.timeformat?.text).toBe('%Y-%m-%d %H:%M');
    expect(command.timeformat?.quoted).toBe(true);
    expect(command.conversions.map((c) => [c.fn.text, c.field.text, c.as?.text])).toEqual([
      ['ctime', 'start_time', 'start'],
      ['ctime', 'end_time', undefined],
    ]);
    const first = command.conversions[0]?.span;
    expect(text.slice(first?.start, first?.end)).toBe('ctime(start_time) AS start');
  });

  it('works without timeformat', () => {
    const { command } = only('| convert ctime(_time)', 'convert');
    expect(command.timeformat).toBeUndefined();
    expect(command.conversions.map((c) => c.field.text)).toEqual(['_time']);
  });
});

describe('iplocation', () => {
  it('reads options before the field', () => {
    const { command } = only('| iplocation prefix=geo_ allfields=true lang=en dest_ip', 'iplocation');
    expect(command.options.map((o) => [o.name.text, o.value.text])).toEqual([
      ['prefix', 'geo_'],
      ['allfields', 'true'],
      ['lang', 'en'],
    ]);
    expect(command.field.text).toBe('dest_ip');
  });
});

describe('tstats', () => {
  it('accepts aggregates separated by commas, as ESCU writes them', () => {
    const { command } = only('| tstats count max(_time) as lastTime, min(_time) as firstTime from datamodel=Change by All_Changes.user', 'tstats');
    expect(command.functions.map((a) => [a.fn.text, a.args[0]?.kind === 'field' ? a.args[0].field.text : undefined, a.as?.text])).toEqual([
      ['count', undefined, undefined],
      ['max', '_time', 'lastTime'],
      ['min', '_time', 'firstTime'],
    ]);
    expect(command.from?.datamodel.text).toBe('Change');
  });

  it('splits datamodel=Model.Dataset and spans each part', () => {
    const { command, text } = only('| tstats count from datamodel="Endpoint.Processes" by Processes.dest, "Processes.user"', 'tstats');
    const from = command.from;
    expect([from?.datamodel.text, from?.dataset?.text]).toEqual(['Endpoint', 'Processes']);
    expect(text.slice(from?.datamodel.span.start, from?.datamodel.span.end)).toBe('Endpoint');
    expect(text.slice(from?.dataset?.span.start, from?.dataset?.span.end)).toBe('Processes');
    expect(command.by.map((w) => w.text)).toEqual(['Processes.dest', 'Processes.user']);
  });

  it('reads span= among the by fields', () => {
    const { command } = only('| tstats count from datamodel=Network_Traffic by _time span=1h All_Traffic.src_ip', 'tstats');
    expect(command.by.map((w) => w.text)).toEqual(['_time', 'All_Traffic.src_ip']);
    expect([command.timeSpan?.name.text, command.timeSpan?.value.text]).toEqual(['span', '1h']);
  });

  it('reads a where clause that ends at by, and keywords in any case', () => {
    const { command } = only('| TSTATS count FROM datamodel=Network_Traffic WHERE All_Traffic.action=allowed BY All_Traffic.app', 'tstats');
    expect(command.where?.kind).toBe('compare');
    expect(command.by.map((w) => w.text)).toEqual(['All_Traffic.app']);
  });
});

describe('commands splice does not model', () => {
  it('become generic nodes that keep every raw argument with its span', () => {
    const spl = '| mycommand x=1 f(a, "b") eval(y > 2) [search y] z';
    const { command, text } = only(spl, 'generic');
    expect(command.name.text).toBe('mycommand');
    expect(command.args.map((a) => a.kind)).toEqual(['option', 'call', 'eval', 'subsearch', 'value']);
    for (const arg of command.args) expect(spanOf(arg).end).toBeGreaterThan(spanOf(arg).start);
    expect(text.slice(command.span.start, command.span.end)).toBe(spl.slice(2));
  });

  it('stop at the next pipe, but not at a pipe inside a subsearch', () => {
    const { pipeline } = parsed('| tstats count from datamodel=Network_Traffic | mycommand x [search a | head 1] | stats count by x');
    expect(pipeline.commands.map((c) => (c.kind === 'generic' ? `generic:${c.name.text}` : c.kind))).toEqual(['tstats', 'generic:mycommand', 'stats']);
    const custom = pipeline.commands[1];
    const sub = custom?.kind === 'generic' ? custom.args[1] : undefined;
    expect(sub?.kind === 'subsearch' ? sub.subsearch.pipeline.commands.map((c) => c.kind) : []).toEqual(['search', 'head']);
  });

  it('may have no arguments', () => {
    const { command, text } = only('| mycommand', 'generic');
    expect(command.args).toEqual([]);
    expect(text.slice(command.span.start, command.span.end)).toBe('mycommand');
  });
});
