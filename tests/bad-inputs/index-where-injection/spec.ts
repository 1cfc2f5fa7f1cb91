import type { Default, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A partial-index predicate is SQL written into schema.sql: it must be one expression, not a second statement. */
export interface Note extends Entity<{ indexes: [{ columns: ["title"]; where: "true; CREATE TABLE evil (id int)" }] }> { // @expect SL3006
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Title. */
  title: string;
}
