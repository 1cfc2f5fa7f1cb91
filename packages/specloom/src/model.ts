import type { TagOf } from "./tags";

/** Referential actions for foreign keys. */
export type ReferentialAction = "cascade" | "restrict" | "set null" | "set default" | "no action";

/** One index column; a tuple orders it descending. */
export type IndexColumn = string | readonly [column: string, order: "asc" | "desc"];

export interface IndexOptions {
  readonly columns: readonly IndexColumn[];
  readonly unique?: boolean;
  /** SQL predicate for a partial index, e.g. `"status = 'published'"`. */
  readonly where?: string;
  readonly name?: string;
}

export interface EntityOptions {
  /** Table name; by default the plural, snake_case model name. */
  readonly table?: string;
  /** Adds `created_at` / `updated_at` (read-only, default `now()`) unless declared. */
  readonly timestamps?: boolean;
  /** Adds a nullable `deleted_at`; unique constraints become partial indexes. */
  readonly softDelete?: boolean;
  readonly indexes?: readonly IndexOptions[];
  /** Composite unique constraints, by field name. */
  readonly unique?: readonly (readonly string[])[];
  /**
   * Table-level CHECK constraints by constraint name, each one SQL boolean
   * expression over the table's columns: `{ ck_price_positive: "price > 0" }`.
   */
  readonly checks?: { readonly [name: string]: string };
  /**
   * The model's name in the API (OpenAPI component, validators.ts, GraphQL type) when it should differ from the
   * interface's, e.g. to leave `User` to an API type: `Entity<{ schemaName: "UserRecord" }>`.
   */
  readonly schemaName?: string;
}

/**
 * Marks an interface as a persisted model (a table):
 * `interface User extends Entity<{ table: 'users'; softDelete: true }> { … }`.
 */
export interface Entity<O extends EntityOptions = {}> {
  readonly "specloom.entity"?: O;
}

export interface BelongsToOptions {
  readonly onDelete?: ReferentialAction;
  readonly onUpdate?: ReferentialAction;
  /** Name of the navigation, used in docs and the ER label. */
  readonly as?: string;
  /** Target column; the target's primary key by default. */
  readonly references?: string;
}

/**
 * A foreign-key column: `author_id: BelongsTo<User, { onDelete: 'cascade' }>`.
 * Its SQL/JSON type is the target's primary key type. Make it optional
 * (`?`) or `| null` for an optional relation.
 */
export type BelongsTo<Target, O extends BelongsToOptions = {}> = string & TagOf<"belongsTo", { readonly target: Target; readonly options: O }>;

export interface HasOptions {
  /** The foreign-key field on the target that points back here. */
  readonly foreignKey?: string;
}

/** Navigation to the rows of `Target` that belong to this one. Not a column. */
export type HasMany<Target, O extends HasOptions = {}> = readonly Target[] & TagOf<"hasMany", { readonly target: Target; readonly options: O }>;

/** Navigation to the single row of `Target` that belongs to this one. Not a column. */
export type HasOne<Target, O extends HasOptions = {}> = Target & TagOf<"hasOne", { readonly target: Target; readonly options: O }>;

export interface ManyToManyOptions {
  /** An explicit join model; otherwise an implicit join table is generated. */
  readonly through?: unknown;
  /** Name of the implicit join table. */
  readonly table?: string;
  /**
   * The join table's column pointing at this model (`follower_id`). With
   * `inverseJoinColumn` it gives a self relation its direction; the other
   * navigation names the same table with the two columns swapped.
   */
  readonly joinColumn?: string;
  /** The join table's column pointing at the target (`followee_id`). */
  readonly inverseJoinColumn?: string;
}

/** Many-to-many navigation through a join table. Not a column. */
export type ManyToMany<Target, O extends ManyToManyOptions = {}> = readonly Target[] &
  TagOf<"manyToMany", { readonly target: Target; readonly options: O }>;

/**
 * A closed object: properties it does not declare are rejected
 * (`additionalProperties: false`, or `unevaluatedProperties: false` around an
 * `allOf`). `interface CreateUser extends Closed { … }`, or `Closed & { … }`
 * for an alias or an inline type. A marker type rather than a JSDoc tag, so tsc
 * checks the spelling and editors complete it.
 */
export interface Closed {
  readonly "specloom.closed"?: true;
}

/**
 * Names an API type in every artifact (OpenAPI component, validators.ts, GraphQL type) independently of its
 * TypeScript name: `interface UserDto extends SchemaName<"User"> { … }`, or `SchemaName<"User"> & { … }` for an
 * alias. A generic's instances append their arguments (`Page<User>` of `SchemaName<"Page">` is `PageUser`).
 * A model takes `Entity<{ schemaName }>` instead.
 */
export interface SchemaName<Name extends string> {
  readonly "specloom.schemaName"?: Name;
}

/**
 * Properties the object does not declare must be `T` (OpenAPI `additionalProperties`
 * beside `properties`): `interface Labels extends AdditionalProperties<string> { name: string }`,
 * or `AdditionalProperties<string> & { … }`. Unlike an index signature, the declared
 * properties need not be `T` themselves, as in OpenAPI.
 */
export interface AdditionalProperties<T> {
  readonly "specloom.additionalProperties"?: T;
}

/**
 * The object holds at least `N` properties (OpenAPI `minProperties`): `Record<string, string> & MinProperties<1>`,
 * `MinProperties<1> & { … }`, or `interface Filter extends MinProperties<1> { … }`. A marker like `Closed`, so an
 * interface can extend it next to `MaxProperties`.
 */
export interface MinProperties<N extends number> {
  readonly "specloom.minProperties"?: N;
}

/** The object holds at most `N` properties (OpenAPI `maxProperties`); written like `MinProperties`. */
export interface MaxProperties<N extends number> {
  readonly "specloom.maxProperties"?: N;
}
