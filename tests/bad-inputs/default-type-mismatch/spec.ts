import type { DateTime, Default, Entity, Int, MaxLength, Maximum, PrimaryKey, ReadOnly, UUID } from "specloom";

/** Order states. */
export type Status = "open" | "closed";

/** Defaults that do not fit their field's type. */
export interface Ticket extends Entity<{}> {
  /** Ticket identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** A string default on an integer. */
  priority: Int & Default<"abc">; // @expect SL3019
  /** An SQL expression on an integer. */
  rank: Int & Default<"now()">; // @expect SL3019
  /** gen_random_uuid() on a plain string. */
  code: string & Default<"gen_random_uuid()">; // @expect SL3019
  /** Not a member of the enum. */
  status: Status & Default<"pending">; // @expect SL3019
  /** null on a field that does not allow null. */
  title: (string & MaxLength<20> & Default<null>); // @expect SL3019
  /** Longer than its MaxLength. */
  label: string & MaxLength<3> & Default<"abcdef">; // @expect SL3019
  /** Above its Maximum. */
  score: Int & Maximum<10> & Default<11>; // @expect SL3019
  /** A fraction on an integer. */
  count: Int & Default<1.5>; // @expect SL3019
  /** These fit. */
  opened_at: DateTime & Default<"now()">;
  state: Status & Default<"open">;
  note: (string & Default<null>) | null;
}
