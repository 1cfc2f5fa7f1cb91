import type { Entity, HasMany, MaxLength, MinLength, Pattern, PrimaryKey, ReadOnly, Default, Unique, UUID } from "specloom";
import type { User } from "./user";

/**
 * A team or publication that groups authors. Users may belong to at most one
 * organization; deleting it leaves its members as independent authors.
 */
export interface Organization extends Entity<{ timestamps: true }> {
  /** Organization identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /**
   * Display name.
   * @example "Acme Engineering"
   */
  name: string & MinLength<2> & MaxLength<100>;
  /**
   * URL-safe handle used in public links.
   * @example "acme-engineering"
   */
  slug: string & MinLength<2> & MaxLength<60> & Pattern<"^[a-z0-9]+(-[a-z0-9]+)*$", "lowercase letters, digits and single hyphens"> & Unique;
  /** Members of the organization. */
  members: HasMany<User>;
}
