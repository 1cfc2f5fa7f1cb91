import type { Default, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A user. */
export interface User extends Entity<{}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Name. */
  name: string;
}

/** Extending a model silently created a second table, "user_with_linkses". */
export interface UserWithLinks extends User { // @expect SL3020
  /** Links. */
  links: string[];
}

/** A shape based on the model, through Omit: fine, not a table. */
export interface UserSummary extends Omit<User, "name"> {
  /** Initials. */
  initials: string;
}
