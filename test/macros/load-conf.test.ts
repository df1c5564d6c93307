import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expand } from '../../src/api/compile.js';
import { loadMacroPaths } from '../../src/macros/load.js';
import { errorOf, tempDir } from './helpers.js';

const CONF = [
  '# Splunk_SA_CIM style',
  '[cim_Network_Traffic_indexes]',
  'definition = ()',
  '',
  '[get_port]',
  'definition = dest_port=*',
  '',
  '[get_port(1)]',
  'args = port',
  'definition = dest_port=$port$',
  '',
  '[get_port(2)]',
  'args  =  a ,b',
  'definition=dest_port=$a$ OR dest_port=$b$',
  '',
  '[long]',
  'definition = sourcetype=a \\',
  'OR sourcetype=b \\',
  '  OR sourcetype=c',
  'description = continued over three lines',
  'iseval = 0',
].join('\n');

describe('macros.conf (macros.conf.spec)', () => {
  const file = join(tempDir({ 'macros.conf': CONF }), 'macros.conf');
  const macros = loadMacroPaths([file]);

  it('reads every stanza with its name, argument names, definition and file', () => {
    expect(macros.map((m) => [m.name, m.args, m.body.kind === 'text' ? m.body.definition : '', m.origin])).toEqual([
      ['cim_Network_Traffic_indexes', [], '()', file],
      ['get_port', [], 'dest_port=*', file],
      ['get_port', ['port'], 'dest_port=$port$', file],
      ['get_port', ['a', 'b'], 'dest_port=$a$ OR dest_port=$b$', file],
      ['long', [], 'sourcetype=a \nOR sourcetype=b \n  OR sourcetype=c', file],
    ]);
  });

  it('treats name, name(1) and name(2) as different macros', () => {
    expect(expand('`get_port` | `get_port(445)` | `get_port(139, 445)`', { macros }).text).toBe(
      'dest_port=* | dest_port=445 | dest_port=139 OR dest_port=445',
    );
  });

  it('joins continuation lines with a newline in place of the backslash', () => {
    expect(expand('search `long`', { macros }).text).toBe('search sourcetype=a \nOR sourcetype=b \n  OR sourcetype=c');
  });

  it('rejects a stanza without a definition, naming the file and line', () => {
    const bad = join(tempDir({ 'bad.conf': '[ok]\ndefinition = x\n\n[broken]\nargs = a\n' }), 'bad.conf');
    const error = errorOf(() => loadMacroPaths([bad]));
    expect(error.diagnostic).toEqual({
      code: 'macro-file',
      message: 'macro [broken] has no definition',
      location: { kind: 'file', file: bad, line: 4 },
      hints: [],
    });
  });

  it('rejects an args list that does not match the declared arity', () => {
    const bad = join(tempDir({ 'bad.conf': '[m(2)]\nargs = only_one\ndefinition = $only_one$\n' }), 'bad.conf');
    const error = errorOf(() => loadMacroPaths([bad]));
    expect(error.diagnostic.message).toBe('macro [m(2)] declares 1 args');
    expect(error.diagnostic.location).toEqual({ kind: 'file', file: bad, line: 1 });
  });

  it('rejects a key before any stanza and a line that is neither', () => {
    const dir = tempDir({ 'a.conf': 'definition = x\n', 'b.conf': '[m]\nthis is not a setting\n' });
    expect(errorOf(() => loadMacroPaths([join(dir, 'a.conf')])).diagnostic.message).toBe('"definition" appears before any [stanza]');
    const error = errorOf(() => loadMacroPaths([join(dir, 'b.conf')]));
    expect(error.diagnostic.message).toBe('expected "[stanza]" or "key = value"');
    expect(error.diagnostic.location).toEqual({ kind: 'file', file: join(dir, 'b.conf'), line: 2 });
  });
});

describe('loadMacroPaths', () => {
  it('loads .conf, .yml and .yaml files of a directory in sorted order and skips others', () => {
    const dir = tempDir({
      'b.conf': '[shared]\ndefinition = from_conf\n',
      'a.yml': 'name: shared\ndefinition: from_yaml\n',
      'c.yaml': 'name: other\ndefinition: other_def\n',
      'README.md': '[not]\ndefinition = a macro\n',
    });
    const macros = loadMacroPaths([dir]);
    expect(macros.map((m) => m.origin)).toEqual([join(dir, 'a.yml'), join(dir, 'b.conf'), join(dir, 'c.yaml')]);
    // Later definitions replace earlier ones: b.conf's `shared` wins over a.yml's.
    expect(expand('`shared` `other`', { macros }).text).toBe('from_conf other_def');
  });

  it('reports a missing path as an io-error naming it', () => {
    const missing = join(tempDir({}), 'nope.conf');
    expect(errorOf(() => loadMacroPaths([missing])).diagnostic).toEqual({
      code: 'io-error',
      message: 'macro path not found',
      location: { kind: 'file', file: missing },
      hints: [],
    });
  });
});
