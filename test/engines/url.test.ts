import { describe, expect, it } from 'vitest';
import { SpliceError, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseEngineUrl, redact } from '../../src/engines/url.js';

/** The diagnostic parseEngineUrl refuses `text` with; fails the test when it accepts it. */
function refusal(text: string): Diagnostic {
  try {
    parseEngineUrl(text);
  } catch (e) {
    if (e instanceof SpliceError) return e.diagnostic;
    throw e;
  }
  throw new Error(`parseEngineUrl accepted ${text}`);
}

describe('parseEngineUrl: accepted forms', () => {
  it('reads sqlite:FILE and duckdb:FILE, with or without //, in any case of the scheme', () => {
    expect(parseEngineUrl('sqlite:data/flows.db')).toEqual({ kind: 'sqlite', file: 'data/flows.db' });
    expect(parseEngineUrl('sqlite:///tmp/flows.db')).toEqual({ kind: 'sqlite', file: '/tmp/flows.db' });
    expect(parseEngineUrl('duckdb:flows.duckdb')).toEqual({ kind: 'duckdb', file: 'flows.duckdb' });
    expect(parseEngineUrl('DuckDB:flows.duckdb')).toEqual({ kind: 'duckdb', file: 'flows.duckdb' });
  });

  it('keeps duckdb::memory: as the in-memory database name', () => {
    expect(parseEngineUrl('duckdb::memory:')).toEqual({ kind: 'duckdb', file: ':memory:' });
  });

  it('passes postgres:// and postgresql:// URLs to the client whole', () => {
    const url = 'postgres://splice:s3cret@db.example:5432/flows?options=-c%20search_path%3Dx';
    expect(parseEngineUrl(url)).toEqual({ kind: 'postgres', url });
    expect(parseEngineUrl('postgresql://splice@localhost:5432/flows')).toEqual({ kind: 'postgres', url: 'postgresql://splice@localhost:5432/flows' });
  });

  it('reads one ClickHouse host: database "default" when none is given, version 18.16 (legacy) by default', () => {
    expect(parseEngineUrl('clickhouse://ch.example:8123/flows')).toEqual({ kind: 'clickhouse', hosts: ['ch.example:8123'], database: 'flows', version: 'legacy' });
    expect(parseEngineUrl('clickhouse://127.0.0.1:8123')).toEqual({ kind: 'clickhouse', hosts: ['127.0.0.1:8123'], database: 'default', version: 'legacy' });
    expect(parseEngineUrl('clickhouse://ch:8123/')).toMatchObject({ database: 'default' });
  });

  it('reads several hosts with a cluster, in the order given', () => {
    const target = parseEngineUrl('clickhouse://a.example:8123,b.example:8124,[::1]:8125/flows?cluster=shards');
    expect(target).toEqual({ kind: 'clickhouse', hosts: ['a.example:8123', 'b.example:8124', '[::1]:8125'], database: 'flows', cluster: 'shards', version: 'legacy' });
  });

  it('reads user and password, percent-decoded', () => {
    const target = parseEngineUrl('clickhouse://reader:p%40ss%2Fw0rd@ch:8123/my%20db');
    expect(target).toEqual({ kind: 'clickhouse', hosts: ['ch:8123'], database: 'my db', user: 'reader', password: 'p@ss/w0rd', version: 'legacy' });
    expect(parseEngineUrl('clickhouse://reader@ch:8123/flows')).toEqual({ kind: 'clickhouse', hosts: ['ch:8123'], database: 'flows', user: 'reader', version: 'legacy' });
  });

  it('accepts version=18.16 and a cluster given with it', () => {
    expect(parseEngineUrl('clickhouse://ch:8123/flows?version=18.16')).toMatchObject({ version: 'legacy' });
    expect(parseEngineUrl('clickhouse://a:1,b:2/flows?version=18.16&cluster=c')).toMatchObject({ version: 'legacy', cluster: 'c', hosts: ['a:1', 'b:2'] });
  });
});

describe('parseEngineUrl: refusals', () => {
  const cases: { text: string; says: RegExp }[] = [
    { text: 'mysql://root@localhost/db', says: /unknown engine/ },
    { text: 'flows.db', says: /unknown engine/ },
    { text: '', says: /unknown engine/ },
    { text: 'sqlite:', says: /no file/ },
    { text: 'duckdb://', says: /no file/ },
    { text: 'clickhouse://ch.example/flows', says: /HOST:PORT/ },
    { text: 'clickhouse://a:8123,b/flows?cluster=c', says: /HOST:PORT/ },
    { text: 'clickhouse://ch:http/flows', says: /HOST:PORT/ },
    { text: 'clickhouse:ch:8123', says: /clickhouse:\/\/HOST:PORT\/DATABASE/ },
    { text: 'clickhouse://ch:8123/flows?compress=1', says: /unknown option "compress"/ },
    { text: 'clickhouse://ch:8123/flows?cluster=c', says: /cluster needs every shard/ },
    { text: 'clickhouse://a:1,b:2/flows?cluster=', says: /cluster= needs the cluster's name/ },
    { text: 'clickhouse://ch:8123/flows?version=19.1', says: /unknown version "19\.1" \(18\.16 or modern\)/ },
  ];
  for (const { text, says } of cases) {
    it(`refuses ${JSON.stringify(text)} with bad-engine, saying why and which forms are accepted`, () => {
      const d = refusal(text);
      expect(d.code).toBe('bad-engine');
      expect(d.message).toMatch(says);
      expect(d.message).toContain(`"${text}"`);
      expect(d.hints.join('\n')).toMatch(/accepted forms: .*sqlite:FILE.*duckdb:FILE.*postgres:\/\/.*clickhouse:\/\//);
    });
  }

  it('refuses version=modern: it is not written yet, and leaving version out works on newer servers', () => {
    const d = refusal('clickhouse://ch:8123/flows?version=modern');
    expect(d.code).toBe('bad-engine');
    expect(d.message).toMatch(/version=modern is not written yet/);
    expect(d.message).toMatch(/leave version out/);
  });
});

describe('redact', () => {
  it('hides the password of a URL and keeps the rest', () => {
    expect(redact('postgres://splice:s3cret@db:5432/flows')).toBe('postgres://splice:***@db:5432/flows');
    expect(redact('clickhouse://u:@ch:8123/x')).toBe('clickhouse://u:***@ch:8123/x');
  });

  it('leaves a URL without a password as it is', () => {
    for (const url of ['postgres://splice@db:5432/flows', 'clickhouse://ch:8123/flows', 'duckdb::memory:', 'sqlite:/tmp/a.db']) expect(redact(url)).toBe(url);
  });

  it('keeps passwords out of refusal messages', () => {
    for (const text of ['mysql://root:hunter2secret@db/flows', 'clickhouse://u:hunter2secret@ch/flows', 'clickhouse://u:hunter2secret@ch:8123/flows?bogus=1']) {
      const d = refusal(text);
      expect(d.message).not.toContain('hunter2secret');
      expect(d.hints.join('\n')).not.toContain('hunter2secret');
      expect(d.message).toContain(':***@');
    }
  });

  // Bug: the pattern stops the password at the first "@" or "/", but pg (WHATWG URL) reads the password up to the
  // last "@" (postgres://u:se@cret99@host/db has the password "se@cret99"), so the tail is shown in messages.
  it('hides all of a password that holds an unescaped "@"', () => {
    expect(redact('postgres://u:se@cret99@db:5432/flows')).not.toContain('cret99');
  });

  it('keeps a password with an unescaped "@" out of a ClickHouse refusal', () => {
    expect(refusal('clickhouse://u:se@cret99@ch:8123/flows').message).not.toContain('cret99');
  });

  it('keeps a password with an unescaped "/" out of a ClickHouse refusal', () => {
    expect(refusal('clickhouse://u:se/cret99@ch:8123/flows').message).not.toContain('cret99');
  });
});
