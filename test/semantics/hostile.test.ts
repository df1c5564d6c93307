import { describe, expect, it } from 'vitest';
import { column, databaseWith, rowsOf, runOn } from '../support/run-spl.js';

/**
 * Values in a search are data, never SQL or regex (src/sql/ast.ts: values only
 * enter as parameters; identifiers are quoted by the dialect).
 */
const DROP = "x'); DROP TABLE Network_Traffic; --";
const COUNT_ALL = '| tstats count from datamodel=Network_Traffic';

describe('hostile values are only data', () => {
  it('an SQL-injection value matches nothing, raises nothing, and the table keeps its rows', async () => {
    const db = await databaseWith([{ app: 'smb' }, { app: 'http' }]);
    try {
      const table = runOn(db, `${COUNT_ALL} where All_Traffic.app="${DROP}" by All_Traffic.app`);
      expect(table.fields).toEqual(['All_Traffic.app', 'count']);
      expect(table.rows).toEqual([]);
      expect(column(runOn(db, COUNT_ALL), 'count')).toEqual(['2']);
    } finally {
      db.close();
    }
  });

  it('the same text stored as a value is matched exactly, in SQL and at runtime', async () => {
    const db = await databaseWith([{ app: DROP }, { app: 'x' }]);
    try {
      expect(rowsOf(runOn(db, `${COUNT_ALL} where All_Traffic.app="${DROP}" by All_Traffic.app`))).toEqual([{ 'All_Traffic.app': DROP, count: '1' }]);
      expect(column(runOn(db, `${COUNT_ALL} by All_Traffic.app | search All_Traffic.app="${DROP}"`), 'All_Traffic.app')).toEqual([DROP]);
      expect(column(runOn(db, COUNT_ALL), 'count')).toEqual(['2']);
    } finally {
      db.close();
    }
  });

  it('fillnull_value is data too', async () => {
    const db = await databaseWith([{ action: 'allowed' }]);
    try {
      const table = runOn(db, `| tstats fillnull_value="${DROP}" count from datamodel=Network_Traffic by All_Traffic.app`);
      expect(rowsOf(table)).toEqual([{ 'All_Traffic.app': DROP, count: '1' }]);
      expect(column(runOn(db, COUNT_ALL), 'count')).toEqual(['1']);
    } finally {
      db.close();
    }
  });

  it('regex and LIKE metacharacters in values are literal, in SQL and at runtime', async () => {
    const db = await databaseWith([{ app: 'a(b' }, { app: 'a[b]' }, { app: 'axb' }, { app: 'a.+b' }]);
    try {
      for (const value of ['a(b', 'a[b]', 'a.+b']) {
        expect(column(runOn(db, `${COUNT_ALL} where All_Traffic.app="${value}" by All_Traffic.app`), 'All_Traffic.app')).toEqual([value]);
        expect(column(runOn(db, `${COUNT_ALL} by All_Traffic.app | search All_Traffic.app="${value}"`), 'All_Traffic.app')).toEqual([value]);
      }
      expect(column(runOn(db, `${COUNT_ALL} by All_Traffic.app | search All_Traffic.app="a(*"`), 'All_Traffic.app')).toEqual(['a(b']);
    } finally {
      db.close();
    }
  });
});
