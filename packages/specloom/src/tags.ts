/**
 * Field type tags. A tag is a phantom object type intersected with the field's
 * base type (`string & Format<'email'> & MaxLength<255>`). Tags never exist at
 * run time: specloom reads them statically through the type checker.
 *
 * Every tag is an interface whose single optional property is keyed by
 * `"specloom.tag"`, so tags compose with `&` and the front end recognises
 * them by name, not by shape.
 */

/** Marker property shared by every tag. Never set it yourself. */
export interface TagOf<Name extends string, Value = true> {
  readonly "specloom.tag"?: { readonly [K in Name]: Value };
}

/** String formats understood by every emitter. */
export type FormatName = "uuid" | "email" | "url" | "date-time" | "date" | "phone";

/** `string & Format<'email'>`: a validated string format. */
export interface Format<F extends FormatName> extends TagOf<"format", F> {}
/** Minimum string length, in characters. */
export interface MinLength<N extends number> extends TagOf<"minLength", N> {}
/** Maximum string length, in characters; becomes `VARCHAR(n)` in SQL. */
export interface MaxLength<N extends number> extends TagOf<"maxLength", N> {}
/** Inclusive numeric minimum. */
export interface Minimum<N extends number> extends TagOf<"minimum", N> {}
/** Inclusive numeric maximum. */
export interface Maximum<N extends number> extends TagOf<"maximum", N> {}
/**
 * A regular expression the value must match (ECMAScript syntax, no slashes).
 * `Message` is the human wording used in docs and validation errors.
 */
export interface Pattern<R extends string, Message extends string = never> extends TagOf<"pattern", { readonly regex: R; readonly message: Message }> {}
/** A whole number. `Int<'int64'>` becomes `BIGINT`. */
export interface Integer<Size extends "int32" | "int64" = "int32"> extends TagOf<"integer", Size> {}
/** Exact decimal with `P` total digits and `S` after the point. */
export interface Precision<P extends number, S extends number> extends TagOf<"decimal", { readonly precision: P; readonly scale: S }> {}

/** Part of the primary key (several fields make a composite key). */
export interface PrimaryKey extends TagOf<"primaryKey"> {}
/** Unique across the table (soft-deleted rows excepted). */
export interface Unique extends TagOf<"unique"> {}
/** Indexed for lookups, ascending. */
export interface Indexed extends TagOf<"indexed"> {}
/** SQL expressions allowed as defaults. */
export type SqlDefault = "now()" | "gen_random_uuid()";
/** A literal default value, or the SQL expression `now()` / `gen_random_uuid()`. */
export interface Default<V extends string | number | boolean | null> extends TagOf<"default", V> {}
/** Overrides the generated column name. */
export interface Column<Name extends string> extends TagOf<"column", Name> {}

/** Set by the server; clients never send it (`id`, `created_at`). */
export interface ReadOnly extends TagOf<"visibility", "readOnly"> {}
/** Sent by clients, never returned (`password`). */
export interface WriteOnly extends TagOf<"visibility", "writeOnly"> {}
/** Stored, but never leaves the server and is excluded from logs (`password_hash`). */
export interface Sensitive extends TagOf<"visibility", "sensitive"> {}
/** Server-only bookkeeping that never appears in the API. */
export interface Internal extends TagOf<"visibility", "internal"> {}

// Ready-made scalars for the common cases.
export type UUID = string & Format<"uuid">;
export type Email = string & Format<"email">;
export type Url = string & Format<"url">;
export type Phone = string & Format<"phone">;
/** ISO 8601 date-time; `TIMESTAMPTZ` in SQL. `Date` means the same. */
export type DateTime = string & Format<"date-time">;
/** ISO 8601 calendar date; `DATE` in SQL. */
export type DateOnly = string & Format<"date">;
export type Int = number & Integer<"int32">;
export type BigInt64 = number & Integer<"int64">;
/** Exact decimal, serialized as a string so no precision is lost (money). */
export type Decimal<P extends number, S extends number> = string & Precision<P, S>;
/** Arbitrary JSON; `JSONB` in SQL. */
export type Json = unknown;
