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

/**
 * Formats understood by every emitter. All are string formats except `int64`
 * (`number & Format<"int64">` is `BigInt64`). `password` and `binary` only
 * annotate (any string is valid); `byte` is base64.
 */
export type FormatName =
  "uuid" | "email" | "url" | "uri" | "date-time" | "date" | "phone" | "password" | "binary" | "byte" | "hostname" | "ipv4" | "ipv6" | "int64";

/** `string & Format<'email'>`: a validated string format. */
export interface Format<F extends FormatName> extends TagOf<"format", F> {}
/**
 * A format of your own (`CustomFormat<"iban">`), written to OpenAPI as is.
 * specloom cannot check it: validators.ts accepts any string for it (warning SL4160).
 */
export interface CustomFormat<F extends string> extends TagOf<"customFormat", F> {}
/** Minimum string length, in characters. */
export interface MinLength<N extends number> extends TagOf<"minLength", N> {}
/** Maximum string length, in characters; becomes `VARCHAR(n)` in SQL. */
export interface MaxLength<N extends number> extends TagOf<"maxLength", N> {}
/** Inclusive numeric minimum. */
export interface Minimum<N extends number> extends TagOf<"minimum", N> {}
/** Inclusive numeric maximum. */
export interface Maximum<N extends number> extends TagOf<"maximum", N> {}
/** Exclusive numeric minimum: the value must be greater than `N`. */
export interface ExclusiveMinimum<N extends number> extends TagOf<"exclusiveMinimum", N> {}
/** Exclusive numeric maximum: the value must be less than `N`. */
export interface ExclusiveMaximum<N extends number> extends TagOf<"exclusiveMaximum", N> {}
/** The value must be a multiple of `N` (greater than 0): `MultipleOf<0.01>` for cents. */
export interface MultipleOf<N extends number> extends TagOf<"multipleOf", N> {}
/** An array holds at least `N` items. */
export interface MinItems<N extends number> extends TagOf<"minItems", N> {}
/** An array holds at most `N` items. */
export interface MaxItems<N extends number> extends TagOf<"maxItems", N> {}
/** No two items of the array are equal. */
export interface UniqueItems extends TagOf<"uniqueItems"> {}
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
/** Raw bytes: a file download (`Response<Binary, { contentType: "application/pdf" }>`) or a multipart file field. */
export type Binary = string & Format<"binary">;
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
