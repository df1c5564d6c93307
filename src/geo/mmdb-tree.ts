/**
 * The search tree of a MaxMind DB file (https://maxmind.github.io/MaxMind-DB/),
 * walked only to check where an address's record points. The maxmind reader
 * decodes whatever bytes a record points at; in a file cut short in its data
 * section, a record can point past the data into the metadata, and the reader
 * returns a wrong location instead of failing.
 */
const METADATA_MARKER = Buffer.from([0xab, 0xcd, 0xef, ...Buffer.from('MaxMind.com', 'ascii')]);
const SEPARATOR_SIZE = 16;

export interface TreeShape {
  readonly buffer: Buffer;
  readonly nodeCount: number;
  readonly recordSize: number;
  readonly ipVersion: number;
  /** The data section's size in bytes: from after the separator to the metadata marker. */
  readonly dataSize: number;
}

export function treeShape(buffer: Buffer, metadata: { nodeCount: number; recordSize: number; ipVersion: number; searchTreeSize: number }): TreeShape {
  const marker = buffer.lastIndexOf(METADATA_MARKER);
  return { buffer, nodeCount: metadata.nodeCount, recordSize: metadata.recordSize, ipVersion: metadata.ipVersion, dataSize: marker - metadata.searchTreeSize - SEPARATOR_SIZE };
}

/**
 * Whether the record the tree holds for `address` (4 or 16 bytes) is absent or
 * lies inside the data section; false when it points outside it.
 */
export function recordInBounds(tree: TreeShape, address: readonly number[]): boolean {
  let node = address.length === 4 && tree.ipVersion === 6 ? ipv4Start(tree) : 0;
  for (let bit = 0; bit < address.length * 8 && node < tree.nodeCount; bit++) {
    node = record(tree, node, ((address[bit >> 3] ?? 0) >> (7 - (bit & 7))) & 1);
  }
  if (node <= tree.nodeCount) return true;
  return node - tree.nodeCount - SEPARATOR_SIZE < tree.dataSize;
}

/** IPv4 addresses in an IPv6 tree live under ::/96: 96 left turns from the root. */
function ipv4Start(tree: TreeShape): number {
  let node = 0;
  for (let i = 0; i < 96 && node < tree.nodeCount; i++) node = record(tree, node, 0);
  return node;
}

/** The left (0) or right (1) record of a node, for 24-, 28- and 32-bit records (big-endian). */
function record(tree: TreeShape, node: number, side: number): number {
  const b = tree.buffer;
  switch (tree.recordSize) {
    case 24: {
      const at = node * 6 + side * 3;
      return (b[at] << 16) | (b[at + 1] << 8) | b[at + 2];
    }
    case 28: {
      const at = node * 7;
      const middle = b[at + 3];
      const high = side === 0 ? middle >> 4 : middle & 0x0f;
      const low = side === 0 ? at : at + 4;
      return high * 0x1000000 + ((b[low] << 16) | (b[low + 1] << 8) | b[low + 2]);
    }
    default:
      return b.readUInt32BE(node * 8 + side * 4);
  }
}
