import { createHash } from 'node:crypto';
import { toText } from '../types.js';
import { scalarFunction, type FunctionSpec } from './spec.js';

/*
 * Cryptographic functions: md5, sha1, sha256, sha512 of the value's text as UTF-8, in
 * lowercase hexadecimal (https://docs.splunk.com/Documentation/Splunk/latest/SearchReference/CryptographicFunctions).
 */
const hash = (algorithm: string): FunctionSpec => scalarFunction((v) => createHash(algorithm).update(toText(v) ?? '', 'utf8').digest('hex'));

export const CRYPTO_FUNCTIONS: ReadonlyArray<readonly [string, FunctionSpec]> = [
  ['md5', hash('md5')],
  ['sha1', hash('sha1')],
  ['sha256', hash('sha256')],
  ['sha512', hash('sha512')],
];
