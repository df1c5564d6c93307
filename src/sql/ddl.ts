import type { SqlValue } from './ast.js';
import type { Dialect } from './dialects/dialect.js';

/** Statements that shape and fill tables, as data; printed by the dialect like queries. */
export interface CreateTable {
  readonly kind: 'create-table';
  readonly table: string;
  readonly columns: readonly { readonly name: string; readonly type: 'TEXT' | 'NUMERIC' | 'BLOB' }[];
}

export interface CreateIndex {
  readonly kind: 'create-index';
  readonly name: string;
  readonly table: string;
  readonly columns: readonly string[];
}

export interface Insert {
  readonly kind: 'insert';
  readonly table: string;
  readonly columns: readonly string[];
}

export type Statement = CreateTable | CreateIndex | Insert;

export function printStatement(statement: Statement, dialect: Dialect): string {
  const q = (name: string): string => dialect.quoteIdentifier(name);
  switch (statement.kind) {
    case 'create-table':
      return `CREATE TABLE IF NOT EXISTS ${q(statement.table)} (${statement.columns.map((c) => `${q(c.name)} ${c.type}`).join(', ')})`;
    case 'create-index':
      return `CREATE INDEX IF NOT EXISTS ${q(statement.name)} ON ${q(statement.table)} (${statement.columns.map(q).join(', ')})`;
    case 'insert': {
      // One placeholder per column; the values are bound row by row.
      const slots: SqlValue[] = [];
      return `INSERT INTO ${q(statement.table)} (${statement.columns.map(q).join(', ')}) VALUES (${statement.columns.map(() => dialect.value(null, slots)).join(', ')})`;
    }
  }
}
