import type { Default, Entity, Pattern, PrimaryKey, ReadOnly, UUID } from "specloom";

/**
 * Patterns that would mean different things in OpenAPI and the validators are rejected; the ones only PostgreSQL
 * cannot run stay in the API, and the column is reported as having no CHECK for them.
 */
export interface Tag extends Entity<{}> {
  /** Tag identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** \b is a word boundary in ECMAScript, a backspace in PostgreSQL. */
  word: string & Pattern<"\\bword\\b">; // @expect SL7100
  /** PostgreSQL has no Unicode property classes. */
  letters: string & Pattern<"^\\p{L}+$">; // @expect SL7100
  /** Named groups do not exist in PostgreSQL. */
  year: string & Pattern<"^(?<year>\\d{4})$">; // @expect SL7100
  /** PostgreSQL caps repetition counts at 255. */
  long: string & Pattern<"^a{1,1000}$">; // @expect SL7100
  /** Back-references are outside JSON Schema's portable regular expressions. */
  twice: string & Pattern<"^(a)\\1$">; // @expect SL3015
  /** Portable: \d, \w, \s and . are translated for PostgreSQL. */
  slug: string & Pattern<"^[\\w-]+\\.\\d$">;
}
