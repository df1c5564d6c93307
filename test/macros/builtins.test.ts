import { describe, expect, it } from 'vitest';
import { expand } from '../../src/api/compile.js';
import { parseMacrosConf } from '../../src/macros/load-conf.js';
import { errorOf } from './helpers.js';

const RENAME_ALL_TRAFFIC = 'rename "All_Traffic.*" as *';

describe('built-in macros (spl-semantics.md §1)', () => {
  it('security_content_summariesonly is the fully nested expansion', () => {
    expect(expand('| tstats `security_content_summariesonly` count').text).toBe(
      '| tstats summariesonly=false allow_old_summaries=true fillnull_value=null count',
    );
  });

  it('security_content_ctime(1) converts the field in place', () => {
    expect(expand('| `security_content_ctime(start_time)`').text).toBe(
      '| convert timeformat="%Y-%m-%dT%H:%M:%S" ctime(start_time)',
    );
  });

  it.each([
    ['unquoted', '`drop_dm_object_name(All_Traffic)`'],
    ['quoted', '`drop_dm_object_name("All_Traffic")`'],
    ['with escaped quotes', '`drop_dm_object_name(\\"All_Traffic\\")`'],
    ['with spaces', '`drop_dm_object_name( All_Traffic )`'],
    ['quoted with spaces inside', '`drop_dm_object_name(" All_Traffic ")`'],
  ])('drop_dm_object_name(1) %s gives rename "All_Traffic.*" as *', (_how, call) => {
    expect(expand(`| ${call}`).text).toBe(`| ${RENAME_ALL_TRAFFIC}`);
  });

  it('drop_dm_object_name keeps a dotted object name whole', () => {
    expect(expand('| `drop_dm_object_name("All_Certificates.SSL")`').text).toBe('| rename "All_Certificates.SSL.*" as *');
  });

  it('a user definition replaces the built-in of the same name and arity', () => {
    const macros = parseMacrosConf('[security_content_summariesonly]\ndefinition = summariesonly=true\n', 'mine.conf');
    const expansion = expand('| tstats `security_content_summariesonly` count', { macros });
    expect(expansion.text).toBe('| tstats summariesonly=true count');
    expect(expansion.expanded).toEqual([{ key: 'security_content_summariesonly', origin: 'mine.conf' }]);
  });
});

describe('*_filter macros (spl-semantics.md §1.4)', () => {
  it('an undefined *_filter macro expands to search *', () => {
    const expansion = expand('| iplocation dest_ip | `detect_outbound_smb_traffic_filter`');
    expect(expansion.text).toBe('| iplocation dest_ip | search *');
    expect(expansion.expanded).toEqual([{ key: 'detect_outbound_smb_traffic_filter', origin: 'default *_filter' }]);
  });

  it('a defined *_filter macro is used as written', () => {
    const macros = parseMacrosConf('[my_filter]\ndefinition = search dest_port!=445\n', 'f.conf');
    expect(expand('x | `my_filter`', { macros }).text).toBe('x | search dest_port!=445');
  });

  it('with strictMacros an undefined *_filter macro is an unknown-macro error', () => {
    const spl = 'x | `detect_outbound_smb_traffic_filter`';
    const error = errorOf(() => expand(spl, { strictMacros: true }));
    expect(error.diagnostic.code).toBe('unknown-macro');
    expect(error.diagnostic.message).toBe('unknown macro `detect_outbound_smb_traffic_filter`');
    expect(error.diagnostic.location).toEqual({ kind: 'source', span: { start: 4, end: spl.length } });
    expect(error.diagnostic.hints).toContain('--strict-macros is set, so undefined *_filter macros are errors');
  });

  it('a *_filter call with arguments gets no default', () => {
    const error = errorOf(() => expand('`x_filter(1)`'));
    expect(error.diagnostic.code).toBe('unknown-macro');
    expect(error.diagnostic.message).toBe('unknown macro `x_filter(1)`');
  });
});
