import type { Default, Entity, ManyToMany, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A user. */
export interface User extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Liked posts. */
  liked: ManyToMany<Post>;
  /** Bookmarked posts: the same implicit table posts_users would hold both. */
  bookmarked: ManyToMany<Post>; // @expect SL3022
  /** Followers and following would share users_users without naming which column is which. */
  followers: ManyToMany<User>;
  following: ManyToMany<User>; // @expect SL3006
}

/** A post. */
export interface Post extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Tags, seen from both ends with one table: fine. */
  tags: ManyToMany<Tag, { table: "post_tags" }>;
}

/** A tag. */
export interface Tag extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** The other end of Post.tags. */
  posts: ManyToMany<Post, { table: "post_tags" }>;
}
