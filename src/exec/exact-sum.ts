/**
 * The correctly rounded sum of doubles, whatever order they come in
 * (Shewchuk's non-overlapping partials, with the final rounding of half-way
 * cases as in Python's math.fsum). A plain running sum rounds at every step,
 * so its last bits depend on the order of the rows, which differs between
 * SQLite's plans and between engines; this sum depends only on the values.
 */
export class ExactSum {
  private partials: number[] = [];
  /** Infinities and NaN do not fit the partials; they are summed plainly and win the result. */
  private special = 0;
  private hasSpecial = false;

  add(value: number): void {
    if (!Number.isFinite(value)) {
      this.special += value;
      this.hasSpecial = true;
      return;
    }
    let x = value;
    let i = 0;
    const partials = this.partials;
    for (const p of partials) {
      let y = p;
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }

  result(): number {
    if (this.hasSpecial) return this.special;
    const p = this.partials;
    let n = p.length;
    if (n === 0) return 0;
    let hi = p[--n] as number;
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = p[--n] as number;
      hi = x + y;
      lo = y - (hi - x);
      if (lo !== 0) break;
    }
    // A half-way case rounds by the sign of the partials below it, as exact addition would.
    const below = p[n - 1];
    if (n > 0 && below !== undefined && ((lo < 0 && below < 0) || (lo > 0 && below > 0))) {
      const y = lo * 2;
      const x = hi + y;
      if (y === x - hi) hi = x;
    }
    return hi;
  }
}
