import { ipPool, macAddress } from './ip-values.js';
import type { Rng } from './random.js';
import { DNS_NAMES, HOSTS, URL_PATHS, USERS } from './vocabulary.js';

export interface UrlEntry {
  readonly url: string;
  readonly domain: string;
  readonly path: string;
  readonly query: string;
}

/**
 * The random pools one table draws from, each built on first use from the
 * table's generator. Fields share a pool (src, dest and dvc draw from the same
 * addresses), so values recur across fields and rows as they do in real data:
 * a host that sends also receives, and GROUP BY finds groups.
 */
export class TablePools {
  private readonly memo = new Map<string, readonly string[]>();
  private urlEntries: readonly UrlEntry[] | undefined;

  constructor(
    private readonly rng: Rng,
    /** Epoch seconds the generated events span, for time-like text fields. */
    private readonly start: number,
    private readonly span: number,
  ) {}

  private pool(name: string, build: () => readonly string[]): readonly string[] {
    let pool = this.memo.get(name);
    if (!pool) {
      pool = build();
      this.memo.set(name, pool);
    }
    return pool;
  }

  ips(): readonly string[] {
    return this.pool('ips', () => ipPool(this.rng, 256));
  }

  /** Host names and addresses together, for `src`/`dest` fields that hold either. */
  hostsOrIps(): readonly string[] {
    return this.pool('hostsOrIps', () => interleave(HOSTS, this.ips().slice(0, 48)));
  }

  sha256(): readonly string[] {
    return this.pool('sha256', () => this.many(48, () => this.rng.hex(64).toUpperCase()));
  }

  guids(): readonly string[] {
    return this.pool('guids', () => this.many(64, () => guid(this.rng)));
  }

  macs(): readonly string[] {
    return this.pool('macs', () => this.many(32, () => macAddress(this.rng)));
  }

  emails(): readonly string[] {
    return this.pool('emails', () => USERS.map((u, i) => `${u.toLowerCase().replace(/\s+/g, '.')}@${i % 4 === 3 ? 'gmail.com' : 'acme.com'}`));
  }

  /** Real-looking names plus a few random ones, as DGA malware resolves. */
  domains(): readonly string[] {
    return this.pool('domains', () => [...DNS_NAMES, ...this.many(8, () => `${this.letters(this.rng.int(10, 16))}.${this.rng.pick(['top', 'xyz', 'ru', 'info'])}`)]);
  }

  urls(): readonly UrlEntry[] {
    this.urlEntries ??= this.many(48, () => {
      const domain = this.rng.pickSkewed(this.domains());
      const full = this.rng.pickSkewed(URL_PATHS);
      const q = full.indexOf('?');
      const scheme = this.rng.chance(0.8) ? 'https' : 'http';
      return { url: `${scheme}://${domain}${full}`, domain, path: q < 0 ? full : full.slice(0, q), query: q < 0 ? '' : full.slice(q + 1) };
    });
    return this.urlEntries;
  }

  /** ISO 8601 times within the generated span, for text fields such as `file_create_time`. */
  isoTimes(): readonly string[] {
    return this.pool('isoTimes', () => this.many(32, () => new Date((this.start + this.rng.int(0, this.span - 1)) * 1000).toISOString()));
  }

  /** `<field>-1` … `<field>-8`: a field splice knows nothing about still repeats values, so it groups. */
  generic(field: string): readonly string[] {
    return this.pool(`generic:${field}`, () => Array.from({ length: 8 }, (_, i) => `${field}-${i + 1}`));
  }

  private many<T>(count: number, make: () => T): T[] {
    return Array.from({ length: count }, make);
  }

  private letters(count: number): string {
    let out = '';
    for (let i = 0; i < count; i++) out += String.fromCharCode(97 + this.rng.int(0, 25));
    return out;
  }
}

/** A Sysmon-style process GUID, `{8-4-4-4-12}` in upper case. */
export function guid(rng: Rng): string {
  const h = rng.hex(32).toUpperCase();
  return `{${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}}`;
}

function interleave(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (i < a.length) out.push(a[i] as string);
    if (i < b.length) out.push(b[i] as string);
  }
  return out;
}
