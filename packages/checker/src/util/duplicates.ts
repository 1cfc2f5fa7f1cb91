/**
 * "The second declaration is the duplicate", without sorting every node on every run: nodes are grouped by key
 * in one pass and only the groups with more than one member are put in source order. A stable sort keeps the
 * relative order of any subsequence, so the duplicates come out in the order a sort of the whole list gives.
 */
import type { SourceLocation } from "@specloom/core";
import { inSourceOrder } from "./source-order";

export interface Duplicate<T> {
  readonly item: T;
  /** The first item with the same key, in source order. */
  readonly first: T;
}

export function duplicatesInSourceOrder<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  locOf: (item: T) => SourceLocation | undefined,
): Duplicate<T>[] {
  const groups = new Map<string, T[]>();
  let repeated: T[][] | undefined;
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (!group) groups.set(key, [item]);
    else {
      if (group.length === 1) (repeated ??= []).push(group);
      group.push(item);
    }
  }
  if (!repeated) return [];
  const firstOf = new Map<T, T>();
  for (const group of repeated) {
    const [first, ...rest] = inSourceOrder(group, locOf);
    for (const item of rest) firstOf.set(item, first!);
  }
  const inOrder = inSourceOrder(
    items.filter((item) => firstOf.has(item)),
    locOf,
  );
  return inOrder.map((item) => ({ item, first: firstOf.get(item)! }));
}
