/**
 * Seeded, flow-log-like Network_Traffic rows for `npm run bench`: the same seed and
 * row count give the same rows on every machine. Addresses come from src/gen's
 * generators; the shape (who talks to whom on which port) is decided here so the
 * reference detection (outbound SMB from private sources) finds a small, stable set
 * of groups: a few thousand result rows out of millions of flows.
 */
import { ipv6, privateIpv4, publicIpv4 } from '../../src/gen/ip-values.js';
import { Rng } from '../../src/gen/random.js';

/** The fields written, in file order (19, as a firewall or VPC flow export has). */
export const FLOW_FIELDS = [
  '_time', 'src_ip', 'src_port', 'dest_ip', 'dest_port', 'transport', 'protocol', 'app', 'action', 'direction',
  'bytes_in', 'bytes_out', 'packets_in', 'packets_out', 'duration', 'rule', 'sourcetype', 'dvc', 'vendor_product',
] as const;

export type FlowField = (typeof FLOW_FIELDS)[number];
/** A flow; a field left out (e.g. no dest_ip) has no value. Numbers stay numbers for NDJSON. */
export type Flow = Partial<Record<FlowField, string | number>>;

/** Bump when the rows change, so kept data files are regenerated. */
export const GENERATOR_VERSION = 1;

const START = Date.UTC(2024, 9, 14) / 1000;
const SPAN_SECONDS = 7 * 86400;

interface Service {
  readonly port: number;
  readonly app: string;
  readonly transport: 'tcp' | 'udp';
}

const svc = (port: number, app: string, transport: 'tcp' | 'udp' = 'tcp'): Service => ({ port, app, transport });
const HTTPS = svc(443, 'ssl');
const SMB = svc(445, 'smb');
const NETBIOS = svc(139, 'smb');
/** SMB on an odd port: only the detection's app="smb" clause catches it. */
const SMB_ODD = svc(8445, 'smb');
const OUTBOUND: readonly Service[] = [HTTPS, svc(80, 'http'), svc(53, 'dns', 'udp'), svc(123, 'ntp', 'udp'), svc(22, 'ssh'), svc(8080, 'http-proxy'), svc(3389, 'rdp'), svc(25, 'smtp'), svc(993, 'imaps')];
const OUTBOUND_WEIGHTS = [55, 18, 10, 3, 2, 4, 1, 1, 1];
const INTERNAL: readonly Service[] = [SMB, NETBIOS, svc(53, 'dns', 'udp'), svc(88, 'kerberos'), svc(389, 'ldap'), svc(135, 'msrpc'), svc(3389, 'rdp'), HTTPS, svc(22, 'ssh'), svc(5985, 'winrm')];
const INTERNAL_WEIGHTS = [14, 3, 20, 10, 10, 6, 5, 25, 4, 3];
const INBOUND: readonly Service[] = [HTTPS, svc(80, 'http'), svc(22, 'ssh'), svc(3389, 'rdp'), svc(25, 'smtp'), SMB];
const INBOUND_WEIGHTS = [50, 20, 12, 8, 6, 4];

const SENSORS = [
  { sourcetype: 'pan:traffic', vendor: 'Palo Alto Networks Firewall', dvcs: ['pa-fw-01', 'pa-fw-02'] },
  { sourcetype: 'cisco:asa', vendor: 'Cisco ASA', dvcs: ['asa-edge-01'] },
  { sourcetype: 'aws:cloudwatchlogs:vpcflow', vendor: 'AWS VPC Flow Logs', dvcs: ['vpc-0a1b2c3d'] },
] as const;

interface Pools {
  readonly inside: readonly string[];
  readonly inside6: readonly string[];
  readonly outside: readonly string[];
  readonly outside6: readonly string[];
  /** The few internal hosts that talk SMB to the internet, and the few servers they reach. */
  readonly smbClients: readonly string[];
  readonly smbServers: readonly string[];
}

function distinct(rng: Rng, count: number, make: (rng: Rng) => string): string[] {
  const seen = new Set<string>();
  while (seen.size < count) seen.add(make(rng));
  return [...seen];
}

function buildPools(rng: Rng): Pools {
  const inside = distinct(rng, 2000, privateIpv4);
  // src/gen's ipv6() also draws unique-local and link-local addresses; the internet side wants global ones.
  const global6 = (r: Rng): string => {
    let a = ipv6(r);
    while (!a.startsWith('2')) a = ipv6(r);
    return a;
  };
  return {
    inside,
    inside6: distinct(rng, 100, (r) => `fd12:3456:789a:${r.int(1, 0xffff).toString(16)}::${r.int(1, 0xffff).toString(16)}`),
    outside: distinct(rng, 5000, publicIpv4),
    outside6: distinct(rng, 300, global6),
    smbClients: inside.slice(0, 60),
    smbServers: [...distinct(rng, 36, publicIpv4), ...distinct(rng, 4, global6)],
  };
}

export class FlowGenerator {
  private readonly rng: Rng;
  private readonly pools: Pools;
  private index = 0;

  constructor(
    seed: number,
    private readonly rows: number,
  ) {
    this.rng = new Rng(seed);
    this.pools = buildPools(this.rng);
  }

  /** The next flow; times rise through a week as a log's do. */
  next(): Flow {
    const rng = this.rng;
    const time = START + Math.floor((this.index++ * SPAN_SECONDS) / this.rows);
    const u = rng.next();
    const flow: Flow = u < 0.45 ? this.outbound() : u < 0.8 ? this.internal() : u < 0.95 ? this.inbound() : this.outbound6();
    const sensor = rng.weighted(SENSORS, [6, 3, 1]);
    const bytesIn = 40 + rng.skewedIndex(2_000_000);
    const bytesOut = 40 + rng.skewedIndex(400_000);
    const packetsIn = 1 + Math.floor(bytesIn / rng.int(200, 1500));
    const packetsOut = 1 + Math.floor(bytesOut / rng.int(200, 1500));
    return {
      _time: new Date(time * 1000).toISOString().replace('.000Z', 'Z'),
      ...flow,
      protocol: 'ip',
      bytes_in: bytesIn,
      bytes_out: bytesOut,
      packets_in: packetsIn,
      packets_out: packetsOut,
      duration: rng.int(0, 120_000) / 1000,
      sourcetype: sensor.sourcetype,
      dvc: rng.pick(sensor.dvcs),
      vendor_product: sensor.vendor,
    };
  }

  private connection(src: string, dest: string | undefined, service: Service, direction: string, allowRate: number): Flow {
    const rng = this.rng;
    const allowed = rng.chance(allowRate);
    return {
      src_ip: src,
      src_port: rng.int(1024, 65535),
      ...(dest === undefined ? {} : { dest_ip: dest }),
      dest_port: service.port,
      transport: service.transport,
      app: service.app,
      action: allowed ? 'allowed' : rng.chance(0.8) ? 'blocked' : 'dropped',
      direction,
      rule: allowed ? `allow-${direction}-${service.app}` : `deny-${direction}`,
    };
  }

  private outbound(): Flow {
    const rng = this.rng;
    const { inside, outside, smbClients, smbServers } = this.pools;
    const smb = rng.next();
    if (smb < 0.025) {
      // Outbound SMB: the detection's hits, a few to CGNAT space (excluded) or with no dest_ip logged (kept as "null").
      const service = smb < 0.016 ? SMB : smb < 0.022 ? NETBIOS : SMB_ODD;
      const dest = rng.chance(0.05) ? `100.${rng.int(64, 127)}.${rng.int(0, 255)}.${rng.int(1, 254)}` : rng.chance(0.002) ? undefined : rng.pickSkewed(smbServers);
      return this.connection(rng.pickSkewed(smbClients), dest, service, 'outbound', 0.7);
    }
    return this.connection(rng.pickSkewed(inside), rng.pickSkewed(outside), rng.weighted(OUTBOUND, OUTBOUND_WEIGHTS), 'outbound', 0.95);
  }

  private internal(): Flow {
    const rng = this.rng;
    const { inside } = this.pools;
    return this.connection(rng.pickSkewed(inside), rng.pickSkewed(inside), rng.weighted(INTERNAL, INTERNAL_WEIGHTS), 'internal', 0.97);
  }

  private inbound(): Flow {
    const rng = this.rng;
    const { inside, outside } = this.pools;
    return this.connection(rng.pickSkewed(outside), rng.pickSkewed(inside), rng.weighted(INBOUND, INBOUND_WEIGHTS), 'inbound', 0.3);
  }

  private outbound6(): Flow {
    const rng = this.rng;
    const { inside6, outside6, smbServers } = this.pools;
    // IPv6 sources are never in the detection's IPv4 private ranges, so their SMB is not a hit.
    const service = rng.chance(0.02) ? SMB : rng.weighted(OUTBOUND, OUTBOUND_WEIGHTS);
    const dest = service === SMB ? rng.pick(smbServers) : rng.pickSkewed(outside6);
    return this.connection(rng.pick(inside6), dest, service, 'outbound', 0.95);
  }
}
