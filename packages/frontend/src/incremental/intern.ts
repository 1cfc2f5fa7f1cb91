/**
 * Keeps the previous build's object when a rebuilt IR node is equal to it, so consumers that cache by node
 * identity (emitters, the semantic layer) see an unchanged node as unchanged even when its declaration was
 * converted again. Identical sub-objects compare in O(1), so comparing a mostly reused node is cheap.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  // Key order is part of the value: artifacts serialize properties in insertion order.
  for (let i = 0; i < ka.length; i++) {
    const k = ka[i]!;
    if (k !== kb[i] || !deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])) return false;
  }
  return true;
}

/** `previous` when it equals `next`, else `next`. */
export function reuse<T>(previous: T | undefined, next: T): T {
  return previous !== undefined && deepEqual(previous, next) ? previous : next;
}

/** The previous array when it holds the very same elements (an unchanged IR collection keeps its identity). */
export function reuseArray<T>(previous: readonly T[] | undefined, next: T[]): T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous as T[];
}
