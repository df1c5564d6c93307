import { describe, expect, it } from 'vitest';
import { definition, storeOf } from './helpers.js';

describe('lookup CSV files with spaces after the commas', () => {
  it('trims header names and cells, as Splunk reads security_content lookups', async () => {
    const store = await storeOf({ 'notes.yml': definition('notes', 'notes.csv'), 'notes.csv': 'name, status\nREADME.txt, True\n' });
    const table = store.get('notes');
    expect(table?.fields).toEqual(['name', 'status']);
    expect(table?.rows.map((r) => [...r])).toEqual([[['name', 'README.txt'], ['status', 'True']]]);
  });
});

describe('field lists that name a field twice', () => {
  it('list it once, for CSV headers made equal by trimming and for KV collections', async () => {
    const store = await storeOf({
      'a.yml': definition('a', 'a.csv'),
      'a.csv': 'x,y, x\n1,2,3\n',
      'kv.yml': 'name: kv\ncollection: kv\nfields_list: _key, p, q, p\n',
    });
    expect(store.get('a')?.fields).toEqual(['x', 'y']);
    expect(store.get('kv')?.fields).toEqual(['p', 'q']);
  });
});
