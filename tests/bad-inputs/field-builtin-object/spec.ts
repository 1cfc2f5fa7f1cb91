import type { Default, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** Built-in JavaScript objects became objects whose required properties were their methods. */
export interface Bag extends Entity<{}> {
  /** Bag identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Use Record<string, T>. */
  counts: Map<string, number>; // @expect SL3005
  /** Use T[]. */
  tags: Set<string>; // @expect SL3005
  /** Use a base64 string. */
  blob: Uint8Array; // @expect SL3005
}
