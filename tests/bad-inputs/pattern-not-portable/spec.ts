import type { Default, Entity, Pattern, PrimaryKey, ReadOnly, UUID } from "specloom";

/** Patterns that would mean different things in OpenAPI, the validators and PostgreSQL. */
export interface Tag extends Entity<{}> {
  /** Tag identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** \b is a word boundary in ECMAScript, a backspace in PostgreSQL. */
  word: string & Pattern<"\\bword\\b">; // @expect SL3015
  /** PostgreSQL has no Unicode property classes. */
  letters: string & Pattern<"^\\p{L}+$">; // @expect SL3015
  /** Named groups do not exist in PostgreSQL. */
  year: string & Pattern<"^(?<year>\\d{4})$">; // @expect SL3015
  /** PostgreSQL caps repetition counts at 255. */
  long: string & Pattern<"^a{1,1000}$">; // @expect SL3015
  /** Portable: \d, \w, \s and . are translated for PostgreSQL. */
  slug: string & Pattern<"^[\\w-]+\\.\\d$">;
}
