import type { Default, Entity, Int, Maximum, MaxLength, Minimum, PrimaryKey, ReadOnly, UUID } from "specloom";

/** Limits TypeScript accepts but PostgreSQL or OpenAPI cannot honour. */
export interface Gauge extends Entity<{}> {
  /** Gauge identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Only the empty string: TEXT with a length CHECK, since VARCHAR(0) does not exist. */
  empty: string & MaxLength<0>;
  /** Above PostgreSQL's VARCHAR limit: TEXT with a length CHECK. */
  huge: string & MaxLength<10485761>;
  /** 1e400 is Infinity: 'Infinity' in SQL, null in OpenAPI. */
  reading: number & Maximum<1e400>; // @expect SL3006
  /** -1e400 is -Infinity. */
  level: Int & Minimum<-1e400>; // @expect SL3006
  /** The largest allowed length is fine. */
  text: string & MaxLength<10485760>;
}
