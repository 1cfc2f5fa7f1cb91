/**
 * Keeps the previous build's object when a rebuilt IR node is equal to it, so consumers that cache by node
 * identity (emitters, the semantic layer) see an unchanged node as unchanged even when its declaration was
 * converted again. Identical sub-objects compare in O(1), so comparing a mostly reused node is cheap.
 */
import { sameJson } from "@specloom/core";

/** `previous` when it equals `next`, else `next`. */
export function reuse<T>(previous: T | undefined, next: T): T {
  return previous !== undefined && sameJson(previous, next) ? previous : next;
}

/** The previous array when it holds the very same elements (an unchanged IR collection keeps its identity). */
export function reuseArray<T>(previous: readonly T[] | undefined, next: T[]): T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous as T[];
}
