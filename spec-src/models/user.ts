import type {
  BelongsTo,
  DateTime,
  Default,
  Email,
  Entity,
  HasMany,
  MaxLength,
  MinLength,
  PrimaryKey,
  ReadOnly,
  Sensitive,
  Unique,
  UUID,
} from "specloom";
import type { Comment } from "./comment";
import type { Organization } from "./organization";
import type { Post } from "./post";

/** What a user may do: `admin` can act on every resource, `user` only on their own. */
export type Role = "user" | "admin";

/**
 * A registered account: an author, a commenter, or an administrator.
 * Deleting a user is a soft delete, so their content can be restored.
 */
export interface User
  extends Entity<{
    table: "users";
    timestamps: true;
    softDelete: true;
    indexes: [{ columns: ["role"] }, { columns: [["created_at", "desc"]] }];
  }> {
  /** User identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /**
   * Login email; unique among non-deleted users.
   * @example "ada@example.com"
   */
  email: Email & MaxLength<255> & Unique;
  /** bcrypt hash of the password. Never returned and never logged. */
  password_hash: string & MaxLength<255> & Sensitive;
  /**
   * Display name.
   * @example "Ada Lovelace"
   */
  name: string & MinLength<2> & MaxLength<100>;
  /** When the user confirmed their email address; null until then. */
  email_verified_at: (DateTime & ReadOnly) | null;
  /** Access level. */
  role: Role & Default<"user">;
  /** The organization the user writes for, if any. */
  organization_id?: BelongsTo<Organization, { onDelete: "set null"; as: "organization" }> | null;
  /** Posts the user wrote. */
  posts: HasMany<Post>;
  /** Comments the user wrote. */
  comments: HasMany<Comment>;
}
