import type { Default, Entity, Int, PrimaryKey, ReadOnly, UUID } from "specloom";

/** timestamps: true writes now() into updated_at on every update. */
export interface Post extends Entity<{ timestamps: true }> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** A revision counter under the managed name. */
  updated_at: Int; // @expect SL3006
}
