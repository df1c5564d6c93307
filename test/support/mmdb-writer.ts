/**
 * A from-scratch writer of MaxMind DB v2.0 files (https://maxmind.github.io/MaxMind-DB/),
 * so tests build their GeoIP fixtures at run time instead of committing binaries.
 */
import ipaddr from 'ipaddr.js';
import { DataSection, encodeValue, uint16, uint32, uint64, type MmdbValue } from './mmdb-data.js';

export { bytes, float, int32, MmdbTyped, uint128, uint16, uint32, uint64, type MmdbValue } from './mmdb-data.js';

export interface MmdbRecordSpec {
  readonly network: string; // CIDR, e.g. "81.2.69.0/24" or "2001:218::/32"
  readonly data: MmdbValue;
}

export interface WriteMmdbOptions {
  readonly ipVersion: 4 | 6;
  readonly databaseType: string;
  readonly languages?: readonly string[];
  readonly description?: Readonly<Record<string, string>>;
  readonly recordSize?: 24 | 28 | 32; // default 28, as MaxMind's own City databases use
  readonly buildEpoch?: number; // seconds; default now
  readonly records: readonly MmdbRecordSpec[];
}

const METADATA_MARKER = Buffer.from([0xab, 0xcd, 0xef, ...Buffer.from('MaxMind.com', 'ascii')]);
const SEPARATOR_SIZE = 16;

interface Leaf {
  readonly offset: number; // into the data section
}
type Slot = TreeNode | Leaf | null;
class TreeNode {
  constructor(
    public left: Slot,
    public right: Slot,
  ) {}
}

function bitAt(bytes: readonly number[], index: number): 0 | 1 {
  return ((bytes[index >> 3]! >> (7 - (index & 7))) & 1) as 0 | 1;
}

function getChild(node: TreeNode, bit: 0 | 1): Slot {
  return bit === 0 ? node.left : node.right;
}

function setChild(node: TreeNode, bit: 0 | 1, slot: Slot): void {
  if (bit === 0) node.left = slot;
  else node.right = slot;
}

/** Points the first `length` bits of `bits` at `slot`, splitting any broader leaf on the way so it keeps covering the rest. */
function insert(root: TreeNode, bits: readonly number[], length: number, slot: Slot): void {
  if (length === 0) {
    root.left = slot;
    root.right = slot;
    return;
  }
  let node = root;
  for (let depth = 0; depth < length - 1; depth++) {
    const bit = bitAt(bits, depth);
    let child = getChild(node, bit);
    if (!(child instanceof TreeNode)) {
      child = new TreeNode(child, child);
      setChild(node, bit, child);
    }
    node = child;
  }
  setChild(node, bitAt(bits, length - 1), slot);
}

/** The slot reached after `length` bits, or what ends the walk early (a leaf or nothing). */
function slotAt(root: TreeNode, bits: readonly number[], length: number): Slot {
  let slot: Slot = root;
  for (let depth = 0; depth < length && slot instanceof TreeNode; depth++) slot = getChild(slot, bitAt(bits, depth));
  return slot;
}

/** Network bytes in the tree's address family: IPv4 sits under ::/96 in an IPv6 tree, as MaxMind does. */
function parseNetwork(network: string, ipVersion: 4 | 6): { bits: number[]; length: number; isV4: boolean } {
  const [address, prefix] = ipaddr.parseCIDR(network);
  const raw = address.toByteArray();
  if (address.kind() === 'ipv6') {
    if (ipVersion === 4) throw new Error(`mmdb: IPv6 network ${network} in an IPv4 database`);
    return { bits: raw, length: prefix, isV4: false };
  }
  if (ipVersion === 4) return { bits: raw, length: prefix, isV4: true };
  return { bits: [...new Array<number>(12).fill(0), ...raw], length: prefix + 96, isV4: true };
}

function numberNodes(root: TreeNode): TreeNode[] {
  // Breadth-first from the root, which must be node 0; shared subtrees (aliases) get one number.
  const order: TreeNode[] = [root];
  const seen = new Set<TreeNode>([root]);
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    for (const child of [node.left, node.right]) {
      if (child instanceof TreeNode && !seen.has(child)) {
        seen.add(child);
        order.push(child);
      }
    }
  }
  return order;
}

function writeNode(out: Buffer, at: number, recordSize: 24 | 28 | 32, left: number, right: number): void {
  if (recordSize === 24) {
    out.writeUIntBE(left, at, 3);
    out.writeUIntBE(right, at + 3, 3);
  } else if (recordSize === 32) {
    out.writeUInt32BE(left, at);
    out.writeUInt32BE(right, at + 4);
  } else {
    // 28-bit records: each record's top nibble shares the middle byte, left's in the high half.
    out.writeUIntBE(left & 0xffffff, at, 3);
    out[at + 3] = (((left >>> 24) & 0x0f) << 4) | ((right >>> 24) & 0x0f);
    out.writeUIntBE(right & 0xffffff, at + 4, 3);
  }
}

function serializeTree(root: TreeNode, recordSize: 24 | 28 | 32): { tree: Buffer; nodeCount: number } {
  const nodes = numberNodes(root);
  const ids = new Map(nodes.map((node, i) => [node, i] as const));
  const nodeCount = nodes.length;
  // Record values: < nodeCount a node, == nodeCount "no data", beyond that a data-section offset shifted past the separator.
  const value = (slot: Slot): number => {
    if (slot === null) return nodeCount;
    if (slot instanceof TreeNode) return ids.get(slot)!;
    return nodeCount + SEPARATOR_SIZE + slot.offset;
  };
  const nodeBytes = recordSize / 4;
  const tree = Buffer.alloc(nodeCount * nodeBytes);
  nodes.forEach((node, i) => {
    const left = value(node.left);
    const right = value(node.right);
    if (Math.max(left, right) >= 2 ** recordSize) throw new Error(`mmdb: record value too large for ${recordSize}-bit records`);
    writeNode(tree, i * nodeBytes, recordSize, left, right);
  });
  return { tree, nodeCount };
}

/** A complete .mmdb image. More specific networks win over broader ones, whatever their order. */
export function writeMmdb(opts: WriteMmdbOptions): Buffer {
  const recordSize = opts.recordSize ?? 28;
  const data = new DataSection();
  const parsed = opts.records.map((record) => ({ ...parseNetwork(record.network, opts.ipVersion), leaf: { offset: data.add(record.data) } }));
  // Broad first, so a later, narrower insert splits the broad leaf instead of being overwritten by it.
  parsed.sort((a, b) => a.length - b.length);
  const root = new TreeNode(null, null);
  for (const p of parsed) insert(root, p.bits, p.length, p.leaf);
  if (opts.ipVersion === 6 && parsed.some((p) => p.isV4)) {
    // Alias ::ffff:0:0/96 (IPv4-mapped) to the IPv4 subtree under ::/96.
    const ipv4Root = slotAt(root, new Array<number>(16).fill(0), 96);
    const mapped = [...new Array<number>(10).fill(0), 0xff, 0xff, 0, 0, 0, 0];
    insert(root, mapped, 96, ipv4Root);
  }
  const { tree, nodeCount } = serializeTree(root, recordSize);
  const metadata = encodeValue({
    node_count: uint32(nodeCount),
    record_size: uint16(recordSize),
    ip_version: uint16(opts.ipVersion),
    database_type: opts.databaseType,
    languages: [...(opts.languages ?? [])],
    binary_format_major_version: uint16(2),
    binary_format_minor_version: uint16(0),
    build_epoch: uint64(BigInt(opts.buildEpoch ?? Math.floor(Date.now() / 1000))),
    description: { ...(opts.description ?? { en: `${opts.databaseType} test database` }) },
  });
  return Buffer.concat([tree, Buffer.alloc(SEPARATOR_SIZE), data.toBuffer(), METADATA_MARKER, metadata]);
}
