import type { BelongsTo, Default, Entity, HasMany, HasOne, PrimaryKey, ReadOnly, UUID } from "specloom";

/** An author. */
export interface Author extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** No BelongsTo<Author> on Post: schema.sql would have no such relation. */
  posts: HasMany<Post>; // @expect SL3021
  /** The named foreign key is not a BelongsTo<Author>. */
  profile: HasOne<Profile, { foreignKey: "owner" }>; // @expect SL3021
  /** Backed by Comment.author_id. */
  comments: HasMany<Comment>;
  /** Review.author_id or Review.editor_id? The first was picked silently. */
  reviews: HasMany<Review>; // @expect SL3021
  /** Named: fine. */
  edited: HasMany<Review, { foreignKey: "editor_id" }>;
}

/** A post. */
export interface Post extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
}

/** A profile. */
export interface Profile extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Not a foreign key. */
  owner: string;
  /** The real one. */
  author_id: BelongsTo<Author>;
}

/** A comment. */
export interface Comment extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Author. */
  author_id: BelongsTo<Author>;
}

/** A review with two foreign keys to Author. */
export interface Review extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Writer. */
  author_id: BelongsTo<Author>;
  /** Editor. */
  editor_id: BelongsTo<Author>;
}
