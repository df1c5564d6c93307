import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/api/compile.js';
import { fieldsOf, lineage, resolveFieldReference, type DataModelV2 } from '../../src/datamodels/model-v2.js';
import { validateDataModel } from '../../src/datamodels/validate.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const modelsDir = join(repoRoot, 'src', 'datamodels', 'models');
const semantics = join(repoRoot, '..', 'shared', 'reference', 'spl-semantics.md');

const files = readdirSync(modelsDir).filter((f) => f.endsWith('.json')).sort();
const models = new Map<string, DataModelV2>(
  files.map((f) => [f, validateDataModel(JSON.parse(readFileSync(join(modelsDir, f), 'utf8')), f)]),
);
const model = (name: string): DataModelV2 => {
  const m = models.get(`${name}.json`);
  if (!m) throw new Error(`no model ${name}`);
  return m;
};
const allDatasets = (m: DataModelV2) => m.roots.flatMap((r) => [r, ...r.children]);

describe('data model files', () => {
  it('has one file per model the ESCU corpus uses, plus the other CIM models', () => {
    expect(files.map((f) => f.replace(/\.json$/, ''))).toEqual([
      'Alerts', 'Authentication', 'Certificates', 'Change', 'Change_Analysis', 'Data_Access', 'Email', 'Endpoint',
      'Identity_Management', 'Intrusion_Detection', 'Malware', 'Network_Resolution', 'Network_Sessions', 'Network_Traffic',
      'Risk', 'Splunk_Audit', 'UEBA', 'Updates', 'Vulnerabilities', 'Web',
    ]);
  });

  it.each(files)('%s is valid and named after its model', (file) => {
    const m = models.get(file) as DataModelV2;
    expect(`${m.name}.json`).toBe(file);
    expect(m.source.length).toBeGreaterThan(20);
    for (const root of m.roots) expect(root.constraint, `${file} ${root.name}`).toBeTruthy();
  });

  it('types every *_ip field as ip', () => {
    for (const [file, m] of models) {
      for (const d of allDatasets(m)) {
        for (const f of d.fields) {
          if (f.name.endsWith('_ip')) expect(f.type, `${file} ${d.name}.${f.name}`).toBe('ip');
        }
      }
    }
    expect(resolveFieldReference(model('Network_Traffic'), 'All_Traffic.dest_ip')?.field.type).toBe('ip');
    expect(resolveFieldReference(model('Network_Sessions'), 'All_Sessions.src_ip')?.field.type).toBe('ip');
  });

  it('marks tag and the asset/identity *_category fields multivalue', () => {
    let seen = 0;
    for (const [file, m] of models) {
      for (const d of allDatasets(m)) {
        for (const f of d.fields) {
          if (f.name === 'tag' || /^(dest|src|dvc|user|src_user)_category$/.test(f.name)) {
            seen++;
            expect(f.multivalue, `${file} ${d.name}.${f.name}`).toBe(true);
          }
        }
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('keeps calculated expressions and constraints in splice-parseable SPL', () => {
    let expressions = 0;
    for (const [file, m] of models) {
      for (const d of allDatasets(m)) {
        for (const c of d.calculated ?? []) {
          expressions++;
          expect(() => parse(`| eval ${c.field}=${c.expression}`), `${file} ${d.name}.${c.field}`).not.toThrow();
        }
        // The index macros (`cim_<Model>_indexes`) are CIM's, not splice's; generating searches are skipped.
        const constraint = (d.constraint ?? '').replace(/\(`cim_\w+_indexes`\)/, '').trim();
        if (constraint !== '' && !constraint.startsWith('|')) {
          expect(() => parse(`search ${constraint}`), `${file} ${d.name} constraint`).not.toThrow();
        }
      }
    }
    expect(expressions).toBeGreaterThan(150);
  });

  it('keeps Network_Traffic as spl-semantics.md §7 documents it', () => {
    const nt = model('Network_Traffic');
    const root = nt.roots[0];
    expect(nt.roots).toHaveLength(1);
    expect(root?.name).toBe('All_Traffic');
    expect(root?.children.map((c) => [c.name, c.parent, c.constraint])).toEqual([
      ['Traffic_By_Action', 'All_Traffic', 'action=*'],
      ['Allowed_Traffic', 'Traffic_By_Action', 'action=allowed'],
      ['Blocked_Traffic', 'Traffic_By_Action', 'action=blocked'],
    ]);
    expect(root?.fields.filter((f) => f.type === 'ip').map((f) => f.name).sort()).toEqual(['dest_ip', 'dest_translated_ip', 'dvc_ip', 'src_ip', 'src_translated_ip']);
    expect(root?.calculated.find((c) => c.field === 'action')?.expression).toBe('if(isnull(action) OR action="","unknown",action)');
  });

  it.skipIf(!existsSync(semantics))('has the Network_Traffic eval expressions of spl-semantics.md §7.3 (../shared)', () => {
    const section = readFileSync(semantics, 'utf8').split('### 7.3')[1]?.split('**Inherited')[0] ?? '';
    const documented = new Map<string, string>();
    for (const line of section.split('\n')) {
      const m = /^\| (\w+) \| [^|]*\| `(.*)` \|$/.exec(line);
      if (m) documented.set(m[1] as string, m[2] as string);
    }
    expect(documented.size).toBe(16);
    const calculated = model('Network_Traffic').roots[0]?.calculated ?? [];
    // The document spaces the long vendor_product case() after its commas; the JSON has CIM's text.
    const norm = (s: string) => s.replace(/,\s+/g, ',');
    for (const [field, expression] of documented) {
      expect(norm(calculated.find((c) => c.field === field)?.expression ?? ''), field).toBe(norm(expression));
    }
  });

  it('has the CIM datasets the detections name', () => {
    const names = (m: string) => model(m).roots.map((r) => [r.name, ...r.children.map((c) => c.name)]);
    expect(names('Endpoint')).toEqual([['Ports'], ['Processes'], ['Services'], ['Filesystem'], ['Registry']]);
    expect(names('Authentication')[0]).toEqual(expect.arrayContaining(['Authentication', 'Failed_Authentication', 'Successful_Authentication', 'Default_Authentication', 'Insecure_Authentication', 'Privileged_Authentication']));
    expect(names('Change')[0]).toEqual(expect.arrayContaining(['All_Changes', 'Account_Management', 'Auditing_Changes', 'Endpoint_Changes', 'Network_Changes', 'Instance_Changes']));
    expect(names('Certificates')).toEqual([['All_Certificates', 'SSL']]);
    expect(names('Network_Sessions')).toEqual([['All_Sessions', 'Session_Start', 'Session_End', 'DHCP', 'VPN']]);
    expect(names('Web')).toEqual([['Web', 'Proxy', 'Storage']]);
    expect(names('Email')).toEqual([['All_Email', 'Delivery', 'Content', 'Filtering']]);
    const failed = model('Authentication').roots[0]?.children.find((c) => c.name === 'Failed_Authentication');
    expect(failed?.constraint).toBe('action="failure" OR result="failure"');
  });
});

describe('resolveFieldReference', () => {
  it('resolves root fields, child fields, inherited fields under a child prefix and BaseEvent fields', () => {
    expect(resolveFieldReference(model('Endpoint'), 'Processes.process_name')?.field.name).toBe('process_name');
    expect(resolveFieldReference(model('Change'), 'All_Changes.Account_Management.src_user')?.dataset.name).toBe('Account_Management');
    expect(resolveFieldReference(model('Change'), 'All_Changes.Account_Management.Accounts_Created.src_user')?.dataset.name).toBe('Accounts_Created');
    expect(resolveFieldReference(model('Certificates'), 'All_Certificates.SSL.ssl_issuer')?.field.type).toBe('string');
    expect(resolveFieldReference(model('Certificates'), 'All_Certificates.SSL.dest')?.field.name).toBe('dest');
    expect(resolveFieldReference(model('Network_Traffic'), 'All_Traffic._time')?.field.type).toBe('number');
  });

  it('rejects fields of a child under the root prefix, skipped lineage levels and unknown names', () => {
    expect(resolveFieldReference(model('Change'), 'All_Changes.src_user')).toBeUndefined();
    expect(resolveFieldReference(model('Change'), 'All_Changes.Accounts_Created.src_user')).toBeUndefined();
    expect(resolveFieldReference(model('Endpoint'), 'Processes.no_such_field')).toBeUndefined();
    expect(resolveFieldReference(model('Endpoint'), 'All_Traffic.dest')).toBeUndefined();
  });

  it('gives a dataset its lineage and inherited fields', () => {
    const root = model('Change').roots[0];
    if (!root) throw new Error('no root');
    expect(lineage(root, 'Accounts_Created')?.map((d) => d.name)).toEqual(['All_Changes', 'Account_Management', 'Accounts_Created']);
    expect(fieldsOf(root, 'Accounts_Created')?.some((f) => f.name === 'src_user')).toBe(true);
    expect(fieldsOf(root, 'Auditing_Changes')?.some((f) => f.name === 'src_user')).toBe(false);
  });
});

describe('validateDataModel', () => {
  const good = () => ({
    name: 'Demo',
    source: 'test',
    roots: [
      {
        name: 'All_Demo',
        constraint: 'tag=demo',
        fields: [{ name: 'dest_ip', type: 'ip' }, { name: 'action', type: 'string' }],
        calculated: [{ field: 'action', expression: 'if(isnull(action),"unknown",action)' }],
        children: [{ name: 'Blocked', parent: 'All_Demo', constraint: 'action="blocked"', fields: [] }],
      },
    ],
  });
  const failsWith = (mutate: (j: ReturnType<typeof good>) => unknown, message: string) => {
    const j = good();
    const result = mutate(j) ?? j;
    expect(() => validateDataModel(result, 'Demo.json')).toThrow(message);
  };

  it('accepts a well-formed model', () => {
    expect(validateDataModel(good(), 'Demo.json').roots[0]?.children[0]?.constraint).toBe('action="blocked"');
  });

  it('names the file and the path of the problem', () => {
    failsWith((j) => { (j.roots[0]?.fields[0] as { type: string }).type = 'timestamp'; }, 'Demo.json: roots[0].fields[0].type: expected one of string, number, ip, boolean, got "timestamp"');
    failsWith((j) => { (j.roots[0]?.children[0] as { parent: string }).parent = 'Nope'; }, 'Demo.json: roots[0].children[0].parent: "Nope" is neither this root nor a child');
    failsWith((j) => { j.roots[0]?.calculated.push({ field: 'bytes', expression: '0' }); }, 'Demo.json: roots[0].calculated[1].field: "bytes" is not declared in fields');
    failsWith((j) => { j.roots[0]?.fields.push({ name: 'action', type: 'string' }); }, 'Demo.json: roots[0].fields[2].name: duplicate field "action"');
    failsWith((j) => { j.roots[0]?.fields.push({ name: '_time', type: 'number' }); }, 'Demo.json: roots[0].fields[2].name: _time is a BaseEvent field');
    failsWith((j) => { (j.roots[0]?.children[0]?.fields as unknown[]).push({ name: 'action', type: 'string' }); }, 'Demo.json: roots[0].children[0].fields[0].name: field "action" is already inherited');
    failsWith((j) => { delete (j.roots[0]?.children[0] as { constraint?: string }).constraint; }, 'Demo.json: roots[0].children[0].constraint: missing');
    failsWith((j) => { (j.roots[0] as Record<string, unknown>)['datasets'] = []; }, 'Demo.json: roots[0].datasets: unknown property');
    failsWith((j) => { j.roots = []; }, 'Demo.json: roots: a model needs at least one root dataset');
    failsWith(() => [], 'Demo.json: (top level): expected an object, got an array');
  });

  it('rejects a dataset name used twice in one model', () => {
    failsWith((j) => { (j.roots[0]?.children[0] as { name: string }).name = 'All_Demo'; }, 'Demo.json: roots[0].children[0].name: dataset "All_Demo" is already defined at roots[0].name');
  });
});
