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
