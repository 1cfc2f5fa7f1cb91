import type {
  BelongsTo,
  DateTime,
  Default,
  Entity,
  HasMany,
  MaxLength,
  MinLength,
  PrimaryKey,
  ReadOnly,
  UUID,
} from "specloom";
import type { Comment } from "./comment";
import type { User } from "./user";

/** Lifecycle of a post: only `published` posts are visible to readers. */
export type PostStatus = "draft" | "published";

/** A blog post written by a user. */
export interface Post
  extends Entity<{
    timestamps: true;
    indexes: [
      { columns: ["user_id", "status"] },
      { name: "idx_posts_published_feed"; columns: [["published_at", "desc"]]; where: "status = 'published'" },
    ];
  }> {
  /** Post identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** The author; their posts are deleted with them. */
  user_id: BelongsTo<User, { onDelete: "cascade"; as: "author" }> & ReadOnly;
  /**
   * Headline.
   * @example "Designing APIs schema-first"
   */
  title: string & MinLength<3> & MaxLength<200>;
  /** Body in Markdown. */
  body: string & MinLength<1> & MaxLength<100000>;
  /** Short teaser shown in lists. */
  excerpt?: (string & MaxLength<500>) | null;
  /** Draft or published. */
  status: PostStatus & Default<"draft">;
  /** When the post was first published; null while a draft. */
  published_at: (DateTime & ReadOnly) | null;
  /** Comments on the post. */
  comments: HasMany<Comment>;
}
