import { describe, expect, it } from 'vitest';
import { parseBlockYaml } from '../../src/yaml/block-yaml.js';
import { YamlError } from '../../src/yaml/mini-yaml.js';

function errorLine(text: string): number {
  try {
    parseBlockYaml(text);
  } catch (e) {
    if (e instanceof YamlError) return e.line;
    throw e;
  }
  throw new Error('expected a YamlError');
}

describe('block YAML (test suites)', () => {
  it('reads a list of mappings with scalars, flow lists and block lists', () => {
    const text = [
      '# a suite',
      '- name: outbound smb',
      '  file: smb.spl   # the search',
      '  data: [network_traffic.csv, "Endpoint.Processes=procs.csv"]',
      '  ignore:',
      '    - firstTime',
      "    - 'last time'",
      '- name: "second: case"',
      '  ordered: true',
      '',
    ].join('\n');
    expect(parseBlockYaml(text)).toEqual([
      { name: 'outbound smb', file: 'smb.spl', data: ['network_traffic.csv', 'Endpoint.Processes=procs.csv'], ignore: ['firstTime', 'last time'] },
      { name: 'second: case', ordered: 'true' },
    ]);
  });

  it('reads nested mappings and a list written at its key\'s indentation', () => {
    const text = ['tests:', '- name: tp', '  splice:', '    baseline: b.csv', '    data:', '    - a.csv', 'other: x'].join('\n');
    expect(parseBlockYaml(text)).toEqual({ tests: [{ name: 'tp', splice: { baseline: 'b.csv', data: ['a.csv'] } }], other: 'x' });
  });

  it('keeps # inside quotes and words, and unescapes quotes', () => {
    expect(parseBlockYaml('a: "x # y"\nb: c#d\nc: \'it\'\'s\'\nd: "tab\\tend"')).toEqual({ a: 'x # y', b: 'c#d', c: "it's", d: 'tab\tend' });
  });

  it('refuses what it does not read, with the line', () => {
    expect(errorLine('a: 1\nb: &anchor x')).toBe(2);
    expect(errorLine('a: 1\na: 2')).toBe(2);
    expect(errorLine('a: [x, y')).toBe(1);
    expect(errorLine("a: 'open")).toBe(1);
    expect(errorLine('- a: 1\n    b: 2')).toBe(2);
    expect(errorLine('a: 1\njust text')).toBe(2);
  });
});
