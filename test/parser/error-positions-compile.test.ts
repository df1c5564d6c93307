import { describe, expect, it } from 'vitest';
import { compile } from '../../src/api/compile.js';
import { parseMacrosConf } from '../../src/macros/load-conf.js';
import { renderDiagnostic } from '../../src/cli/render-error.js';
import { renderedError } from './helpers.js';

const compileIt = (spl: string): unknown => compile(spl);

/** Every warning of a search, rendered as the CLI shows them. */
function renderedWarnings(spl: string): string {
  return compile(spl).warnings.map((w) => renderDiagnostic(w, { name: '<search>', text: spl })).join('');
}

describe('pinned positions of errors found while planning', () => {
  it('an unknown data model points at its name', () => {
    expect(renderedError('| tstats count from datamodel=Network_Trafic by All_Traffic.src_ip', compileIt)).toBe(
      [
        '<search>:1:31: error[unknown-datamodel]: unknown data model "Network_Trafic"',
        '  |',
        '1 | | tstats count from datamodel=Network_Trafic by All_Traffic.src_ip',
        '  |                               ^^^^^^^^^^^^^^',
        '  hint: did you mean Network_Traffic?',
        '  hint: known data models: Alerts, Authentication, Certificates, Change, Change_Analysis, Data_Access, Email, Endpoint, Identity_Management, Intrusion_Detection, Malware, Network_Resolution, Network_Sessions, Network_Traffic, Risk, Splunk_Audit, UEBA, Updates, Vulnerabilities, Web',
        '',
      ].join('\n'),
    );
  });

  it('an unknown dataset points at the dataset, inside quotes too', () => {
    expect(renderedError('| tstats count from datamodel="Network_Traffic.Traffic_Flows"', compileIt)).toBe(
      [
        '<search>:1:48: error[unknown-datamodel]: data model Network_Traffic has no dataset "Traffic_Flows"',
        '  |',
        '1 | | tstats count from datamodel="Network_Traffic.Traffic_Flows"',
        '  |                                                ^^^^^^^^^^^^^',
        '  hint: datasets: All_Traffic, Traffic_By_Action, Allowed_Traffic, Blocked_Traffic',
        '',
      ].join('\n'),
    );
  });

  it('a by field that differs from a real field only in case is warned about, pointing at the field', () => {
    expect(renderedWarnings('| tstats count from datamodel=Network_Traffic by All_Traffic.src_ip All_Traffic.DEST_PORT')).toBe(
      [
        '<search>:1:69: warning[absent-field]: "All_Traffic.DEST_PORT" differs from the field All_Traffic.dest_port only in case; field names are case-sensitive, so tstats reads it as having no value',
        '  |',
        '1 | | tstats count from datamodel=Network_Traffic by All_Traffic.src_ip All_Traffic.DEST_PORT',
        '  |                                                                     ^^^^^^^^^^^^^^^^^^^^^',
        '  hint: did you mean All_Traffic.dest_port?',
        '',
      ].join('\n'),
    );
  });

  it('a wrong-case field in a multi-line where clause is warned about on its line', () => {
    const spl = '| tstats count\n  from datamodel=Network_Traffic\n  where All_Traffic.action=allowed All_Traffic.Dest_Port=445';
    expect(renderedWarnings(spl).split('\n').slice(0, 4)).toEqual([
      '<search>:3:36: warning[absent-field]: "All_Traffic.Dest_Port" differs from the field All_Traffic.dest_port only in case; field names are case-sensitive, so tstats reads it as having no value',
      '  |',
      '3 |   where All_Traffic.action=allowed All_Traffic.Dest_Port=445',
      '  |                                    ^^^^^^^^^^^^^^^^^^^^^',
    ]);
  });

  it('a wrong-case field inside an aggregate is warned about, pointing at the field', () => {
    expect(renderedWarnings('| tstats values(All_Traffic.APP) as app from datamodel=Network_Traffic').split('\n').slice(0, 4)).toEqual([
      '<search>:1:17: warning[absent-field]: "All_Traffic.APP" differs from the field All_Traffic.app only in case; field names are case-sensitive, so tstats reads it as having no value',
      '  |',
      '1 | | tstats values(All_Traffic.APP) as app from datamodel=Network_Traffic',
      '  |                 ^^^^^^^^^^^^^^^',
    ]);
  });

  it('an unsupported command points at the command name', () => {
    expect(renderedError('| tstats count from datamodel=Network_Traffic\n| addinfo', compileIt)).toBe(
      [
        '<search>:2:3: error[unsupported]: unsupported command: addinfo',
        '  |',
        '2 | | addinfo',
        '  |   ^^^^^^^',
        '',
      ].join('\n'),
    );
  });

  it('a bad tstats option value is invalid-argument at the value', () => {
    expect(renderedError('| tstats summariesonly=maybe count from datamodel=Network_Traffic', compileIt)).toBe(
      [
        '<search>:1:24: error[invalid-argument]: summariesonly= expects true or false, not "maybe"',
        '  |',
        '1 | | tstats summariesonly=maybe count from datamodel=Network_Traffic',
        '  |                        ^^^^^',
        '',
      ].join('\n'),
    );
  });

  it('a misspelt tstats option name is invalid-argument at the name, listing the options', () => {
    expect(renderedError('| tstats summaryonly=true count from datamodel=Network_Traffic', compileIt)).toBe(
      [
        '<search>:1:10: error[invalid-argument]: unknown tstats option "summaryonly"',
        '  |',
        '1 | | tstats summaryonly=true count from datamodel=Network_Traffic',
        '  |          ^^^^^^^^^^^',
        '  hint: tstats accepts: prestats, local, append, summariesonly, include_reduced_buckets, allow_old_summaries, chunk_size, fillnull_value',
        '',
      ].join('\n'),
    );
  });

  it('a bad option produced by a macro points at the macro call, naming it', () => {
    const macros = parseMacrosConf('[my_summaries]\ndefinition = summariesonly=maybe\n', 'mine.conf');
    expect(renderedError('| tstats `my_summaries` count\n  from datamodel=Network_Traffic', (spl) => compile(spl, { macros }))).toBe(
      [
        '<search>:1:10: error[invalid-argument]: summariesonly= expects true or false, not "maybe"',
        '  |',
        '1 | | tstats `my_summaries` count',
        '  |          ^^^^^^^^^^^^^^',
        '  hint: in the expansion of `my_summaries`: …stats summariesonly=maybe count from datamo…',
        '',
      ].join('\n'),
    );
  });
});

describe('the reference detection', () => {
  it('compiles without error', () => {
    const spl = '| tstats `security_content_summariesonly` count from datamodel=Network_Traffic by All_Traffic.dest_port | `drop_dm_object_name("All_Traffic")`';
    expect(compile(spl).pipeline.commands.map((c) => c.kind)).toEqual(['tstats', 'rename']);
  });
});
