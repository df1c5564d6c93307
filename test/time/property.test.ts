import { describe, expect, it } from 'vitest';
import { formatSplunkTime } from '../../src/runtime/time/strftime.js';
import { parseEpoch } from '../../src/runtime/time/parse-epoch.js';
import { resolveTimeZone } from '../../src/runtime/time/zone.js';

/** mulberry32: a tiny seeded generator, so failures reproduce without a property-testing dependency. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FROM = -2208988800; // 1900-01-01
const TO = 4102444800; // 2100-01-01
const RUNS = 2000;

/** Epochs with millisecond fractions, so %3N can be checked against Date too. */
function epochs(seed: number): number[] {
  const next = random(seed);
  return Array.from({ length: RUNS }, () => (FROM * 1000 + Math.floor(next() * (TO - FROM) * 1000)) / 1000);
}

describe('properties', () => {
  it('UTC wall time agrees with Date#toISOString', () => {
    const utc = resolveTimeZone('UTC');
    for (const epoch of epochs(20240102)) {
      const iso = new Date(Math.round(epoch * 1000)).toISOString();
      const expected = `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${iso.slice(20, 23)}`;
      expect(formatSplunkTime(epoch, '%Y-%m-%d %H:%M:%S.%3N', utc), `epoch ${epoch}`).toBe(expected);
    }
  });

  it.each(['America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'Europe/London'])(
    '%s wall time minus its offset gives back the epoch',
    (name) => {
      const zone = resolveTimeZone(name);
      for (const epoch of epochs(name.length * 7919)) {
        // %::z keeps the seconds of pre-1900s local-mean-time offsets (Kolkata's +05:21:10).
        const text = formatSplunkTime(epoch, '%Y-%m-%dT%H:%M:%S.%3N %::z', zone);
        const [wall = '', offset = ''] = text.split(' ');
        const [hours, minutes, seconds] = offset.slice(1).split(':').map(Number);
        const offsetSeconds = (offset.startsWith('-') ? -1 : 1) * ((hours ?? 0) * 3600 + (minutes ?? 0) * 60 + (seconds ?? 0));
        expect(Date.parse(`${wall}Z`) / 1000 - offsetSeconds, text).toBe(epoch);
        expect(Math.round(zone.offsetMinutes(epoch * 1000) * 60), text).toBe(offsetSeconds);
        if (seconds === 0) expect(parseEpoch(`${wall}${offset.slice(0, 6)}`), text).toBe(epoch);
      }
    },
  );
});
