import type { BelongsTo, Default, Entity, PrimaryKey, ReadOnly, Unique, UUID } from "specloom";

/** An account; soft-deleted rows keep their e-mail, so it is unique only among live rows. */
export interface Account extends Entity<{ softDelete: true }> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Not unique. */
  name: string;
  /** Unique via a partial index only. */
  email: string & Unique;
}

/** A composite primary key. */
export interface Membership extends Entity<{}> {
  /** Part one. */
  org: string & PrimaryKey;
  /** Part two. */
  member: string & PrimaryKey;
}

/** References that PostgreSQL cannot back with a foreign key. */
export interface Invoice extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** A column without a unique constraint. */
  account_name: BelongsTo<Account, { references: "name" }>; // @expect SL3023
  /** A column unique only among rows that are not soft-deleted. */
  account_email: BelongsTo<Account, { references: "email" }>; // @expect SL3023
  /** A composite primary key. */
  membership: BelongsTo<Membership>; // @expect SL3023
  /** Fine: the primary key. */
  account_id: BelongsTo<Account>;
}

/** Keyed by a plain `id` field: schema.sql makes it the primary key, so it can be referenced. */
export interface Region extends Entity<{}> {
  /** Identifier, the primary key by convention. */
  id: UUID & ReadOnly & Default<"gen_random_uuid()">;
}

/** Fine: `id` is Region's primary key even without the tag. */
export interface Office extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** The region, by its conventional key. */
  region_id: BelongsTo<Region, { references: "id" }>;
}
