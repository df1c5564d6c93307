import { describe, expect, it } from 'vitest';
import type { InputValue } from '../../src/ingest/record.js';
import { CONN_STATE_ACTION, mapZeekConn, ZEEK_CONN_TO_CIM } from '../../src/ingest/zeek-conn-to-cim.js';

const conn = (o: Record<string, InputValue>): Map<string, InputValue> => new Map(Object.entries(o));

describe('Zeek conn → CIM Network_Traffic', () => {
  it('maps a TSV conn record as Splunk_TA_bro does', () => {
    const out = mapZeekConn(
      conn({
        ts: '1655071198.444458',
        uid: 'CHLXQF2OBY4onAR0Ug',
        'id.orig_h': '147.32.81.167',
        'id.orig_p': '62771',
        'id.resp_h': '40.74.108.123',
        'id.resp_p': '443',
        proto: 'tcp',
        service: 'ssl',
        duration: '1.135424',
        orig_bytes: '1596',
        resp_bytes: '4039',
        conn_state: 'SF',
        local_orig: 'T',
        local_resp: 'F',
        orig_pkts: '14',
        resp_pkts: '16',
        label: 'Benign',
        detailedlabel: 'Microsoft',
      }),
    );
    expect(Object.fromEntries(out)).toMatchObject({
      _time: '1655071198.444458',
      src: '147.32.81.167',
      src_ip: '147.32.81.167',
      src_port: '62771',
      dest: '40.74.108.123',
      dest_ip: '40.74.108.123',
      dest_port: '443',
      transport: 'tcp',
      app: 'ssl',
      duration: '1.135424',
      bytes_in: '1596',
      bytes_out: '4039',
      bytes: '5635',
      packets_out: '14',
      packets_in: '16',
      packets: '30',
      flow_id: 'CHLXQF2OBY4onAR0Ug',
      session_id: 'CHLXQF2OBY4onAR0Ug',
      action: 'allowed',
      tcp_flag: 'SF',
      direction: 'outbound',
      vendor_product: 'Bro',
      // Extra columns and the original Zeek names pass through.
      label: 'Benign',
      detailedlabel: 'Microsoft',
      'id.orig_h': '147.32.81.167',
      conn_state: 'SF',
    });
  });

  it('maps conn_state to action with the add-on lookup table', () => {
    const action = (s: string): InputValue | undefined => mapZeekConn(conn({ conn_state: s })).get('action');
    expect(['S0', 'RSTOS0', 'RSTRH', 'SH', 'SHR'].map(action)).toEqual(Array(5).fill('dropped'));
    expect(action('REJ')).toBe('blocked');
    expect(['S1', 'SF', 'S2', 'S3', 'RSTO', 'RSTR', 'OTH'].map(action)).toEqual(Array(7).fill('allowed'));
    expect(action('WEIRD')).toBeUndefined();
    expect(CONN_STATE_ACTION.size).toBe(13);
  });

  it('derives direction from local_orig/local_resp (T/F or true/false)', () => {
    const dir = (o: string | undefined, r: string | undefined): InputValue | undefined => {
      const values: Record<string, InputValue> = {};
      if (o !== undefined) values.local_orig = o;
      if (r !== undefined) values.local_resp = r;
      return mapZeekConn(conn(values)).get('direction');
    };
    expect(dir('T', 'T')).toBe('internal');
    expect(dir('true', 'false')).toBe('outbound');
    expect(dir('F', 'F')).toBe('external');
    expect(dir('false', 'true')).toBe('inbound');
    expect(dir(undefined, 'T')).toBe('unknown');
    expect(dir(undefined, undefined)).toBe('unknown');
  });

  it('leaves out what the record lacks; sums only when both counts are there', () => {
    const out = mapZeekConn(conn({ 'id.orig_h': '::1', orig_bytes: '10', orig_pkts: '1', resp_pkts: 'x' }));
    expect(out.has('dest')).toBe(false);
    expect(out.has('bytes')).toBe(false);
    expect(out.has('packets')).toBe(false);
    expect(out.has('action')).toBe(false);
    expect(out.get('bytes_in')).toBe('10');
    expect(mapZeekConn(conn({ orig_bytes: '9007199254740993', resp_bytes: '1' })).get('bytes')).toBe('9007199254740994');
  });

  it('documents every CIM field it sets', () => {
    const documented = new Set(ZEEK_CONN_TO_CIM.map((m) => m.cim));
    const full = mapZeekConn(
      conn({ ts: '1', uid: 'u', 'id.orig_h': 'a', 'id.orig_p': '1', 'id.resp_h': 'b', 'id.resp_p': '2', proto: 'udp', service: 'dns',
        duration: '1', orig_bytes: '1', resp_bytes: '1', orig_pkts: '1', resp_pkts: '1', conn_state: 'S0', local_orig: 'T', local_resp: 'T' }),
    );
    const zeekNames = new Set(['ts', 'uid', 'id.orig_h', 'id.orig_p', 'id.resp_h', 'id.resp_p', 'proto', 'service', 'orig_bytes',
      'resp_bytes', 'orig_pkts', 'resp_pkts', 'conn_state', 'local_orig', 'local_resp']);
    for (const key of full.keys()) if (!zeekNames.has(key)) expect(documented).toContain(key);
    for (const m of ZEEK_CONN_TO_CIM) expect(m.note.length).toBeGreaterThan(0);
  });
});
