/** Names within a small edit distance of `wanted`, closest first: "did you mean …?" */
export function closestNames(wanted: string, candidates: Iterable<string>, limit = 3): string[] {
  const all = [...candidates];
  const sameLetters = all.filter((name) => name.toLowerCase() === wanted.toLowerCase());
  if (sameLetters.length > 0) return sameLetters.slice(0, limit);
  const budget = Math.max(2, Math.floor(wanted.length / 3));
  const scored: { name: string; distance: number }[] = [];
  for (const name of all) {
    // The distance is at least the difference in length: skip the quadratic work when that is already too far.
    if (Math.abs(name.length - wanted.length) > budget) continue;
    const distance = editDistance(wanted.toLowerCase(), name.toLowerCase());
    if (distance <= budget) scored.push({ name, distance });
  }
  scored.sort((a, b) => a.distance - b.distance || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return scored.slice(0, limit).map((s) => s.name);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
