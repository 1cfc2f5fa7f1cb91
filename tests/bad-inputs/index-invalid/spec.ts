import type { Default, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A post. */
export interface Post extends Entity<{
  indexes: [
    { columns: [] }, // @expect SL3006
    { columns: ["title"]; name: "by_title" },
  ];
}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Title. */
  title: string;
}

/** A page: index names share one namespace per PostgreSQL schema. */
export interface Page extends Entity<{
  indexes: [{ columns: ["title"]; name: "by_title" }]; // @expect SL3006
}> {
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Title. */
  title: string;
}
