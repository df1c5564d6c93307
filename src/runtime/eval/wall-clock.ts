import type { TimeZone } from '../time/zone.js';

/**
 * Wall-clock seconds: the local date and time in a zone, counted as if that zone were UTC.
 * Calendar arithmetic (relative_time's days, months, snaps; strptime's fields) happens in
 * wall-clock seconds and is then mapped back to an instant.
 */

const DAY = 86_400;

/** The zone's UTC offset in whole seconds at an instant. */
export function offsetSeconds(zone: TimeZone, epochSeconds: number): number {
  return Math.round(zone.offsetMinutes(Math.floor(epochSeconds) * 1000) * 60);
}

export function toWall(zone: TimeZone, epochSeconds: number): number {
  return epochSeconds + offsetSeconds(zone, epochSeconds);
}

/**
 * The instant showing `wall` on the zone's clocks. Offsets a day either side bound any
 * change near it. A wall time that happens twice (clocks going back) is its first
 * occurrence; one that never happens (clocks going forward) is read with the offset from
 * before the change, so 02:30 on a spring-forward night is 03:30 - what C's mktime does
 * for a time in the gap [INF: Splunk does not document this].
 */
export function fromWall(zone: TimeZone, wall: number): number {
  const before = offsetSeconds(zone, wall - DAY);
  const after = offsetSeconds(zone, wall + DAY);
  let best: number | null = null;
  for (const offset of before === after ? [before] : [before, after]) {
    const instant = wall - offset;
    if (offsetSeconds(zone, instant) === offset && (best === null || instant < best)) best = instant;
  }
  return best ?? wall - before;
}
