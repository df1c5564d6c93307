import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expand } from '../../src/api/compile.js';
import type { MacroDefinition } from '../../src/macros/definition.js';
import { loadMacroPaths } from '../../src/macros/load.js';
import { errorOf, SUMMARIESONLY_YAML, tempDir } from './helpers.js';

function definitionOf(m: MacroDefinition | undefined): string | undefined {
  return m?.body.kind === 'text' ? m.body.definition : undefined;
}

describe('security_content macro YAML', () => {
  it('reads name, a block list of arguments and a single-quoted definition', () => {
    const dir = tempDir({
      'security_content_ctime.yml':
        'arguments:\n- field\ndefinition: \'convert timeformat="%Y-%m-%dT%H:%M:%S" ctime($field$)\'\ndescription: convert epoch time to string\nname: security_content_ctime\n',
    });
    const [macro] = loadMacroPaths([dir]);
    expect(macro?.name).toBe('security_content_ctime');
    expect(macro?.args).toEqual(['field']);
    expect(definitionOf(macro)).toBe('convert timeformat="%Y-%m-%dT%H:%M:%S" ctime($field$)');
    expect(expand('| `security_content_ctime(end_time)`', { macros: loadMacroPaths([dir]) }).text).toBe(
      '| convert timeformat="%Y-%m-%dT%H:%M:%S" ctime(end_time)',
    );
  });

  it('reads a flow list of arguments, an indented block list, and an empty list', () => {
    const dir = tempDir({
      'a.yml': 'name: two\narguments: [first, "second"]\ndefinition: $first$=$second$\n',
      'b.yml': 'name: indented\narguments:\n  - x\n  - y\ndefinition: $y$ $x$\n',
      'c.yml': 'name: none\narguments: []\ndefinition: n\n',
    });
    const macros = loadMacroPaths([dir]);
    expect(macros.map((m) => [m.name, m.args])).toEqual([
      ['two', ['first', 'second']],
      ['indented', ['x', 'y']],
      ['none', []],
    ]);
    expect(expand('`two(a, b)` `indented(1, 2)` `none`', { macros }).text).toBe('a=b 2 1 n');
  });

  it('folds plain and folded block definitions over lines, and keeps literal blocks', () => {
    const dir = tempDir({
      'a.yml': 'name: plain\ndefinition: sourcetype=a\n  OR sourcetype=b\ndescription: x\n',
      'b.yml': 'name: folded\ndefinition: >-\n  line one\n  line two\n',
      'c.yml': 'name: literal\ndefinition: |\n  line one\n  | line two\n',
    });
    expect(loadMacroPaths([dir]).map(definitionOf)).toEqual([
      'sourcetype=a OR sourcetype=b',
      'line one line two',
      // The block keeps its final newline; a definition is trimmed.
      'line one\n| line two',
    ]);
  });

  it('reads a quoted definition whose continuation lines start at column 0 (macros/base64decode.yml)', () => {
    const dir = tempDir({
      'base64decode.yml':
        "arguments:\n  - b64in\ndefinition: 'eval b64x_split=split($b64in$,\"\") \n| lookup char_conversion_matrix base64char as b64x_split \n| fields - b64x_*'\ndescription: decode\nname: base64decode\n",
    });
    const [macro] = loadMacroPaths([dir]);
    expect(macro?.args).toEqual(['b64in']);
    expect(definitionOf(macro)).toBe('eval b64x_split=split($b64in$,"") | lookup char_conversion_matrix base64char as b64x_split | fields - b64x_*');
  });

  it('unescapes single- and double-quoted definitions', () => {
    const dir = tempDir({
      'a.yml': "name: single\ndefinition: 'it''s \"quoted\"'\n",
      'b.yml': 'name: double\ndefinition: "say \\"hi\\" \\\\ there"\n',
    });
    expect(loadMacroPaths([dir]).map(definitionOf)).toEqual(['it\'s "quoted"', 'say "hi" \\ there']);
  });

  it('expands the real nested security_content_summariesonly through its three *_config macros', () => {
    const macros = loadMacroPaths([tempDir(SUMMARIESONLY_YAML)]);
    const expansion = expand('| tstats `security_content_summariesonly` count', { macros });
    expect(expansion.text).toBe('| tstats summariesonly=false allow_old_summaries=true fillnull_value=null count');
    expect(expansion.expanded.map((e) => e.key)).toEqual([
      'security_content_summariesonly',
      'summariesonly_config',
      'oldsummaries_config',
      'fillnull_config',
    ]);
    expect(expansion.expanded.every((e) => e.origin.endsWith('.yml'))).toBe(true);
  });

  it('reports a file without a name or a definition, and non-list arguments', () => {
    const dir = tempDir({ 'a.yml': 'definition: x\n', 'b.yml': 'name: m\n', 'c.yml': 'name: m\narguments: field\ndefinition: x\n' });
    expect(errorOf(() => loadMacroPaths([join(dir, 'a.yml')])).diagnostic.message).toBe('macro file has no "name"');
    expect(errorOf(() => loadMacroPaths([join(dir, 'b.yml')])).diagnostic.message).toBe('macro "m" has no "definition"');
    expect(errorOf(() => loadMacroPaths([join(dir, 'c.yml')])).diagnostic.message).toBe('macro "m": "arguments" must be a list');
  });

  it('reports YAML errors with the file and line', () => {
    const file = join(tempDir({ 'bad.yml': "name: m\ndefinition: 'never closed\n" }), 'bad.yml');
    expect(errorOf(() => loadMacroPaths([file])).diagnostic).toEqual({
      code: 'macro-file',
      message: 'unterminated quoted string',
      location: { kind: 'file', file, line: 2 },
      hints: [],
    });
  });
});
