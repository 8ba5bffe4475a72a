/**
 * Two notes on the same thing, both kept: the second is added below the first unless the
 * first already holds it. Merging series and importing a colleague's notes both use this.
 */
export function joinNotes(first: string, second: string): string {
  const a = first.trim();
  const b = second.trim();
  if (!b || a.includes(b)) return a;
  if (!a || b.includes(a)) return b;
  return `${a}\n\n${b}`;
}
