import { describe, expect, it } from 'vitest';
import { applySpath } from '../../src/runtime/commands/spath.js';
import { command, expectRefused, plain, table, type Plain } from './helpers.js';

function spath(spl: string, rows: readonly Plain[], fields?: readonly string[]): { fields: readonly string[]; rows: Plain[] } {
  return plain(applySpath(table(rows, fields), command(spl, 'spath')));
}

const event = JSON.stringify({ userIdentity: { arn: 'arn:aws:iam::1:user/bob', type: 'IAMUser' }, items: [{ id: 'i-1' }, { id: 'i-2' }], n: 3 });

describe('spath with a path', () => {
  it('reads _raw by default and names the field after the path', () => {
    expect(spath('spath userIdentity.arn', [{ _raw: event }])).toEqual({
      fields: ['_raw', 'userIdentity.arn'],
      rows: [{ _raw: event, 'userIdentity.arn': 'arn:aws:iam::1:user/bob' }],
    });
  });

  it('takes path= and output=, and input= for another field', () => {
    expect(spath('spath input=j output=user path=userIdentity.arn', [{ j: event }]).rows).toEqual([{ j: event, user: 'arn:aws:iam::1:user/bob' }]);
  });

  it('gives a multivalue field for {} over an array, in array order', () => {
    expect(spath('spath input=j output=ids path=items{}.id', [{ j: event }]).rows[0]?.ids).toEqual(['i-1', 'i-2']);
  });

  it('counts {n} from 0 in JSON', () => {
    expect(spath('spath input=j output=second path=items{1}.id', [{ j: event }]).rows[0]?.second).toBe('i-2');
  });

  it('extracts an object or array as its JSON text, as written', () => {
    const j = '{"a": {"b": [1, 2]}}';
    expect(spath('spath input=j output=o path=a', [{ j }]).rows[0]?.o).toBe('{"b": [1, 2]}');
    expect(spath('spath input=j output=each path=a.b{}', [{ j }]).rows[0]?.each).toEqual(['1', '2']);
  });

  it('keeps a number as written and reads true, false and null as words', () => {
    const j = '{"x": 1.50, "t": true, "z": null}';
    expect(spath('spath input=j output=v path=x', [{ j }]).rows[0]?.v).toBe('1.50');
    expect(spath('spath input=j output=v path=t', [{ j }]).rows[0]?.v).toBe('true');
    expect(spath('spath input=j output=v path=z', [{ j }]).rows[0]?.v).toBe('null');
  });

  it('leaves a result alone when the path reaches nothing, the input is missing, or it is plain text', () => {
    expect(spath('spath input=j output=v path=nope', [{ j: event, v: 'old' }, { other: 1 }, { j: 'just text' }])).toEqual({
      fields: ['j', 'v', 'other'],
      rows: [{ j: event, v: 'old' }, { other: 1 }, { j: 'just text' }],
    });
  });
});

describe('spath auto-extract', () => {
  it('names leaves by their keys joined with periods and {} for each array level', () => {
    const j = '[{"RequiredAppPermissions": [{"EntitlementId": "e1"}, {"EntitlementId": "e2"}]}]';
    expect(spath('spath input=j', [{ j }]).rows[0]?.['{}.RequiredAppPermissions{}.EntitlementId']).toEqual(['e1', 'e2']);
  });

  it('adds every leaf field in document order and replaces an existing value', () => {
    expect(spath('spath input=j', [{ j: '{"a": {"b": "x", "c": [1, [2, 3]]}, "d": {}}', b: 'keep' }, { j: '{"a": {"b": "y"}}' }])).toEqual({
      fields: ['j', 'b', 'a.b', 'a.c{}', 'a.c{}{}'],
      rows: [
        { j: '{"a": {"b": "x", "c": [1, [2, 3]]}, "d": {}}', b: 'keep', 'a.b': 'x', 'a.c{}': '1', 'a.c{}{}': ['2', '3'] },
        { j: '{"a": {"b": "y"}}', 'a.b': 'y' },
      ],
    });
    expect(spath('spath input=j', [{ j: '{"a": 2}', a: 'old' }]).rows).toEqual([{ j: '{"a": 2}', a: '2' }]);
  });
});

describe('spath refusals', () => {
  const rows = (j: string): Plain[] => [{ j }];
  it('refuses XML and JSON that is not well-formed', () => {
    expectRefused(() => spath('spath input=j', rows('<a><b>1</b></a>')), 'unsupported: unsupported: spath on XML (input j)');
    expectRefused(() => spath('spath input=j path=a', rows('{"a": 1,}')), 'unsupported: unsupported: spath on JSON that is not well-formed (input j)');
  });

  it('refuses auto-extract past the 5,000-byte cutoff but reads a path in long text', () => {
    const long = JSON.stringify({ a: 'x'.repeat(5000) });
    expectRefused(() => spath('spath input=j', rows(long)), 'unsupported: unsupported: spath auto-extract of text longer than 5000 bytes (Splunk reads only the first 5000); give a path');
    expect(spath('spath input=j output=v path=a', rows(long)).rows[0]?.v).toBe('x'.repeat(5000));
  });

  it('refuses a multivalue input, output= without a path, and XML attribute steps', () => {
    expectRefused(() => spath('spath input=j path=a', [{ j: ['{}', '{}'] }]), 'unsupported: unsupported: spath input j is multivalue (the docs do not say which value spath reads)');
    expectRefused(() => spath('spath input=j output=v', rows('{}')), 'unsupported: unsupported: spath output= without a path');
    expectRefused(() => spath('spath input=j path=a{@x}', rows('{}')), 'unsupported: unsupported: spath path "a{@x}" (only JSON keys with {} and {n} steps)');
  });
});
