import { basename } from 'node:path';
import { errorInFile } from '../../diagnostics/diagnostic.js';
import { batchedSource, inBatches, type InputRecord, type InputSource, type InputValue } from '../record.js';
import type { ReadOptions } from './chunks.js';
import { readLineBatches } from './lines.js';
import { ndjsonSource } from './json.js';

/**
 * Zeek's ASCII (TSV) log writer: `#` header lines declare the separators and
 * the columns, then one row per entry. Values stay as the file has them
 * (Zeek's own \xNN escapes included); only the header sentinels for unset and
 * empty fields are turned into absence, and set/vector columns into lists.
 */
interface ZeekHeader {
  separator: string;
  setSeparator: string;
  emptyField: string;
  unsetField: string;
  fields: string[] | undefined;
  types: string[];
  /** Per column: does its #types entry say set[...] or vector[...]? */
  multi: boolean[];
}

/** Zeek writes separators escaped, e.g. `#separator \x09`. */
function unescapeHeader(s: string): string {
  return s.replace(/\\x([0-9a-fA-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The directive name of a header line: up to the first space, tab or separator. */
function directive(text: string, sep: string): string {
  let end = text.length;
  for (const stop of [' ', '\t', sep]) {
    const i = text.indexOf(stop);
    if (i >= 0 && i < end) end = i;
  }
  return text.slice(0, end);
}

function applyHeaderLine(h: ZeekHeader, text: string): void {
  const name = directive(text, h.separator);
  if (name === '#separator') {
    h.separator = unescapeHeader(text.slice(name.length + 1));
    return;
  }
  const parts = text.split(h.separator);
  const arg = parts.length > 1 ? unescapeHeader(parts[1] as string) : '';
  switch (name) {
    case '#set_separator':
      h.setSeparator = arg;
      break;
    case '#empty_field':
      h.emptyField = arg;
      break;
    case '#unset_field':
      h.unsetField = arg;
      break;
    case '#fields':
      h.fields = parts.slice(1);
      break;
    case '#types':
      h.types = parts.slice(1);
      break;
    default: // #path, #open, #close, comments: nothing to apply
      return;
  }
  h.multi = h.types.map((t) => t.startsWith('set[') || t.startsWith('vector['));
}

async function* zeekTsvBatches(file: string, options: ReadOptions): AsyncGenerator<InputRecord[]> {
  const h: ZeekHeader = newHeader();
  for await (const lineBatch of readLineBatches(file, options)) yield* inBatches(zeekRecords(h, lineBatch.lines, lineBatch.first, file));
  // No header at all: whatever this is, it is not a Zeek log (an empty log still has #fields).
  if (h.fields === undefined) throw errorInFile('bad-input', 'not a Zeek log: no #fields header', file, 1);
}

/** A batch of lines: header lines update `h` (a log may change its header mid-file), the others are rows under it. */
function* zeekRecords(h: ZeekHeader, lines: readonly string[], first: number, file: string): Generator<InputRecord> {
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i] as string;
    if (text.charCodeAt(0) === 35 /* # */) {
      applyHeaderLine(h, text);
      continue;
    }
    if (text.length === 0) continue;
    yield zeekRow(h, text, file, first + i);
  }
}

function zeekRow(h: ZeekHeader, text: string, file: string, line: number): InputRecord {
  const fields = h.fields;
  if (fields === undefined) throw errorInFile('bad-input', 'Zeek log data row before the #fields header', file, line);
  const cells = text.split(h.separator);
  if (cells.length !== fields.length) {
    const msg = `Zeek log row has ${cells.length} columns but #fields names ${fields.length}`;
    throw errorInFile('bad-input', msg, file, line);
  }
  const values = new Map<string, InputValue>();
  for (let i = 0; i < cells.length; i++) {
    const v = cells[i] as string;
    if (v === h.unsetField || v === h.emptyField || v === '') continue;
    values.set(fields[i] as string, h.multi[i] === true ? v.split(h.setSeparator) : v);
  }
  return { line, values };
}

function newHeader(): ZeekHeader {
  return { separator: '\t', setSeparator: ',', emptyField: '(empty)', unsetField: '-', fields: undefined, types: [], multi: [] };
}

/** Zeek log names, longest first so `smb_files` wins over `files`. */
const ZEEK_LOGS = [
  'known_services', 'known_hosts', 'known_certs', 'capture_loss', 'smb_mapping', 'smb_files', 'dce_rpc',
  'kerberos', 'software', 'traceroute', 'notice', 'radius', 'syslog', 'tunnel', 'modbus', 'mysql',
  'files', 'intel', 'weird', 'x509', 'dhcp', 'dnp3', 'http', 'ntlm', 'quic', 'smtp', 'snmp', 'socks',
  'conn', 'dns', 'ftp', 'irc', 'ntp', 'rdp', 'rfb', 'sip', 'ssh', 'ssl', 'pe',
];

/**
 * Which Zeek log a file holds, when no #path says so: conn.log's `conn_state`
 * column is decisive; otherwise a log name among the file name's words.
 */
export function guessZeekPath(file: string, fieldNames: Iterable<string> = []): string | undefined {
  for (const f of fieldNames) if (f === 'conn_state') return 'conn';
  const words = `_${basename(file).toLowerCase().replaceAll('.', '_').replaceAll('-', '_')}_`;
  return ZEEK_LOGS.find((name) => words.includes(`_${name}_`));
}

/** The #path and #fields of a Zeek TSV head (the first lines of the file), if present. */
export function sniffZeekHead(head: string): { path: string | undefined; fields: string[] } {
  const h = newHeader();
  let path: string | undefined;
  for (const raw of head.split('\n')) {
    const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!text.startsWith('#')) {
      if (text.trim() === '') continue;
      break;
    }
    applyHeaderLine(h, text);
    if (directive(text, h.separator) === '#path') path = text.split(h.separator)[1];
  }
  return { path: path === '' ? undefined : path, fields: h.fields ?? [] };
}

/** `path` comes from the file's #path (or a guess); it names the sourcetype, e.g. bro:conn. */
export function zeekTsvSource(file: string, path: string | undefined, options: ReadOptions = {}): InputSource {
  const sourcetype = path === undefined ? 'bro' : `bro:${path}`;
  return batchedSource('zeek-tsv', sourcetype, () => zeekTsvBatches(file, options));
}

/** Zeek JSON logs are NDJSON; only the sourcetype differs (bro:conn:json, as Splunk's Zeek add-on names it). */
export function zeekJsonSource(file: string, path: string | undefined, options: ReadOptions = {}): InputSource {
  return ndjsonSource(file, options, 'zeek-json', path === undefined ? 'bro:json' : `bro:${path}:json`);
}
