/**
 * The field list of a streamed result, known before the rows are.
 *
 * A stage's field list depends on its rows in one way only: a field it adds
 * joins the end of the list when some row has it ("some row" of the whole
 * result, so it cannot be known from the first rows). A streamed pipeline
 * therefore tracks candidates: every field that may be in the list, in list
 * order, each either always present or present once a row raises one of its
 * flags. A name may have several candidates (a field added twice, a renamed
 * field meeting an existing one); the list keeps it at its first present
 * candidate, as each stage's "add at the end unless already listed" does.
 */
export interface Flag {
  raised: boolean;
}

/** 'always', or present when any flag is raised (an empty list: never). */
export type Presence = 'always' | readonly Flag[];

export interface Candidate {
  readonly name: string;
  readonly presence: Presence;
}

/**
 * The field list the candidates stand for. Before the last row (`final` false)
 * it is known only when no flag still down could change it; else undefined.
 */
export function realize(candidates: readonly Candidate[], final: boolean): string[] | undefined {
  const placed = new Set<string>();
  for (const c of candidates) {
    if (placed.has(c.name)) continue;
    if (isPresent(c.presence)) placed.add(c.name);
    else if (!final && c.presence.length > 0) return undefined;
  }
  return [...placed];
}

function isPresent(presence: Presence): boolean {
  return presence === 'always' || presence.some((f) => f.raised);
}

/** Each name once, in first-candidate order: a superset of the list, in an order close to it. */
export function candidateNames(candidates: readonly Candidate[]): string[] {
  return [...new Set(candidates.map((c) => c.name))];
}

/** Whether `name` is in the list whatever the rows hold. */
export function alwaysPresent(candidates: readonly Candidate[], name: string): boolean {
  return candidates.some((c) => c.name === name && c.presence === 'always');
}

/** The presence of `name` in the list, whichever of its candidates places it. */
export function presenceOf(candidates: readonly Candidate[], name: string): Presence {
  const own = candidates.filter((c) => c.name === name);
  if (own.some((c) => c.presence === 'always')) return 'always';
  return own.flatMap((c) => c.presence as readonly Flag[]);
}
