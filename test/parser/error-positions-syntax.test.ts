import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api/compile.js';
import { loadMacroPaths } from '../../src/macros/load.js';
import { tempDir } from '../macros/helpers.js';
import { renderedError } from './helpers.js';

const parseIt = (spl: string): unknown => parse(spl);

describe('pinned positions of lexical and syntax errors', () => {
  it('an unterminated quote points at the opening quote', () => {
    expect(renderedError('| tstats count from datamodel=Network_Traffic where All_Traffic.app="smb', parseIt)).toBe(
      [
        '<search>:1:69: error[lex-error]: unterminated quoted string',
        '  |',
        '1 | | tstats count from datamodel=Network_Traffic where All_Traffic.app="smb',
        '  |                                                                     ^^^^',
        '  hint: close the string with a double quote; write \\" for a quote inside it',
        '',
      ].join('\n'),
    );
  });

  it('a missing ) in an IN list at the end points just past the last value', () => {
    expect(renderedError('| tstats count from datamodel=Network_Traffic where All_Traffic.dest_port IN (139, 445', parseIt)).toBe(
      [
        "<search>:1:87: error[syntax-error]: expected ')' but found the end of the search",
        '  |',
        '1 | | tstats count from datamodel=Network_Traffic where All_Traffic.dest_port IN (139, 445',
        '  |                                                                                       ^',
        '',
      ].join('\n'),
    );
  });

  it('the end of a search read from a file is on its last line, not after the final newline', () => {
    const spl = '| tstats count from datamodel=Network_Traffic\n  where All_Traffic.dest_port IN (139, 445  \n';
    expect(renderedError(spl, parseIt)).toBe(
      [
        "<search>:2:43: error[syntax-error]: expected ')' but found the end of the search",
        '  |',
        '2 |   where All_Traffic.dest_port IN (139, 445  ',
        '  |                                           ^',
        '',
      ].join('\n'),
    );
  });

  it('a missing ) in an IN list before the next command points at its pipe', () => {
    const spl = '| tstats count from datamodel=Network_Traffic\n  where All_Traffic.dest_port IN (139, 445\n| rename x as y';
    expect(renderedError(spl, parseIt)).toBe(
      ["<search>:3:1: error[syntax-error]: expected ')' but found '|'", '  |', '3 | | rename x as y', '  | ^', ''].join('\n'),
    );
  });

  it('a stray | at the end asks for a command name', () => {
    expect(renderedError('| tstats count from datamodel=Network_Traffic |', parseIt)).toBe(
      [
        '<search>:1:48: error[syntax-error]: expected a command name but found the end of the search',
        '  |',
        '1 | | tstats count from datamodel=Network_Traffic |',
        '  |                                                ^',
        '',
      ].join('\n'),
    );
  });

  it('a syntax error on line 3 of a multi-line search points into line 3', () => {
    const spl = '| tstats count\n  from datamodel=Network_Traffic\n  where All_Traffic.action=)\n  by All_Traffic.src_ip';
    expect(renderedError(spl, parseIt)).toBe(
      [
        "<search>:3:28: error[syntax-error]: expected a word or a quoted string but found ')'",
        '  |',
        '3 |   where All_Traffic.action=)',
        '  |                            ^',
        '',
      ].join('\n'),
    );
  });

  it('text left over after a command is reported where it starts', () => {
    expect(renderedError('| tstats count from datamodel=Network_Traffic by a ) b', parseIt)).toBe(
      [
        "<search>:1:52: error[syntax-error]: expected the end of the search but found ')'",
        '  |',
        '1 | | tstats count from datamodel=Network_Traffic by a ) b',
        '  |                                                    ^',
        '',
      ].join('\n'),
    );
  });
});

describe('pinned positions of errors in macro expansions', () => {
  const conf = join(tempDir({ 'macros.conf': '[broken]\ndefinition = action=(\n\n[unclosed]\ndefinition = x IN (a, b\n' }), 'macros.conf');
  const macros = loadMacroPaths([conf]);
  const parseWithMacros = (spl: string): unknown => parse(spl, { macros });

  it('a syntax error inside a macro points at the backtick call, with a hint naming the macro', () => {
    const spl = '| tstats count from datamodel=Network_Traffic\n| search `broken` | iplocation dest_ip';
    expect(renderedError(spl, parseWithMacros)).toBe(
      [
        "<search>:2:10: error[syntax-error]: expected a word or a quoted string but found '('",
        '  |',
        '2 | | search `broken` | iplocation dest_ip',
        '  |          ^^^^^^^^',
        '  hint: in the expansion of `broken`: …fic | search action=( | iplocation dest_i…',
        '',
      ].join('\n'),
    );
  });

  it('"the end of the search" inside a macro that ends the search points at the call', () => {
    const spl = '| tstats count from datamodel=Network_Traffic\n| search `unclosed`\n';
    expect(renderedError(spl, parseWithMacros)).toBe(
      [
        "<search>:2:10: error[syntax-error]: expected ')' but found the end of the search",
        '  |',
        '2 | | search `unclosed`',
        '  |          ^^^^^^^^^^',
        '  hint: in the expansion of `unclosed`: … | search x IN (a, b …',
        '',
      ].join('\n'),
    );
  });

  it('an unknown macro on line 2 points at its call, suggesting the close name', () => {
    const spl = '| tstats count from datamodel=Network_Traffic\n| `drop_dm_object_nme(All_Traffic)` | iplocation dest_ip';
    expect(renderedError(spl, parseIt)).toBe(
      [
        '<search>:2:3: error[unknown-macro]: unknown macro `drop_dm_object_nme(1)`',
        '  |',
        '2 | | `drop_dm_object_nme(All_Traffic)` | iplocation dest_ip',
        '  |   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^',
        '  hint: did you mean `drop_dm_object_name(1)`?',
        '  hint: load definitions with --macros PATH (a macros.conf, a macro .yml, or a directory of them)',
        '',
      ].join('\n'),
    );
  });
});
