import type { BelongsTo, Default, Entity, MaxLength, MinLength, PrimaryKey, ReadOnly, UUID } from "specloom";
import type { Post } from "./post";
import type { User } from "./user";

/** A reader's comment on a post. */
export interface Comment extends Entity<{ timestamps: true; indexes: [{ columns: ["post_id", ["created_at", "asc"]] }] }> {
  /** Comment identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Who wrote it; deleted with the user. */
  user_id: BelongsTo<User, { onDelete: "cascade"; as: "author" }> & ReadOnly;
  /** The post commented on; deleted with the post. */
  post_id: BelongsTo<Post, { onDelete: "cascade"; as: "post" }> & ReadOnly;
  /**
   * Comment text, plain text only.
   * @example "Great write-up, thanks!"
   */
  body: string & MinLength<1> & MaxLength<5000>;
}
