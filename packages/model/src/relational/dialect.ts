/**
 * Dialect hooks: everything that differs between databases (type names,
 * quoting, identifier length, enum rendering) lives here, so a MySQL or SQLite
 * dialect only overrides these methods and reuses the table model.
 */
import { checkPattern, dollarQuoteTag, sqlQuotedIdentifier, sqlStringLiteral, type PrimitiveType } from "@specloom/core";
import { shortenIdentifier } from "./identifiers";
import type { SqlEnum } from "./model";

export abstract class Dialect {
  abstract readonly name: string;
  /** Longest identifier the database keeps, in bytes. */
  abstract readonly maxIdentifierBytes: number;
  /** Type for JSON values, objects, records, unions and unknowns. */
  abstract readonly jsonType: string;
  /** Whether `CREATE TYPE … AS ENUM` exists; otherwise enums are CHECKs. */
  abstract readonly supportsNativeEnums: boolean;
  /** Words that must be quoted when used as a table or column name. */
  protected abstract readonly reservedWords: ReadonlySet<string>;

  /** SQL type of a primitive, constraints considered (length, size, format). */
  abstract primitiveType(type: PrimitiveType): string;

  /** CREATE TYPE statement for a native enum, idempotent. */
  abstract renderEnumType(sqlEnum: SqlEnum): string;

  /** Array column type, or undefined when the database has no arrays (JSON then). */
  arrayType(_itemType: string): string | undefined {
    return undefined;
  }

  /** True when an unquoted name would be folded, rejected or misread. */
  needsQuoting(name: string): boolean {
    return !/^[a-z_][a-z0-9_$]*$/.test(name) || this.reservedWords.has(name);
  }

  /** Quotes only where needed: `users` stays bare, `user` and `createdAt` are quoted. */
  quoteIdent(name: string): string {
    return this.needsQuoting(name) ? sqlQuotedIdentifier(name) : name;
  }

  /** A generated name that fits the identifier limit, shortened with a hash suffix. */
  identifier(name: string): string {
    return shortenIdentifier(name, this.maxIdentifierBytes);
  }

  stringLiteral(value: string): string {
    return sqlStringLiteral(value);
  }

  literal(value: string | number | boolean | null): string {
    if (value === null) return "NULL";
    if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
    if (typeof value === "number") return Number.isFinite(value) ? String(value) : this.stringLiteral(String(value));
    return this.stringLiteral(value);
  }

  /** Character count of a string column, for min-length checks. */
  lengthExpression(column: string): string {
    return `char_length(${column})`;
  }

  /** Regex match, or undefined when the database cannot run this pattern. */
  regexMatch(_column: string, _pattern: string): string | undefined {
    return undefined;
  }

  /** `MultipleOf<n>`: exact decimal arithmetic, since floating-point remainders of 0.1-like steps are rarely 0. */
  multipleOfExpression(column: string, step: number): string {
    return `mod(CAST(${column} AS NUMERIC), ${this.literal(step)}) = 0`;
  }

  /** Element count of an array column, or undefined without arrays. */
  cardinalityExpression(_column: string): string | undefined {
    return undefined;
  }

  /** Property count of a JSON object column, or undefined when a CHECK cannot compute it. */
  propertyCountExpression(_column: string): string | undefined {
    return undefined;
  }
}

/** PostgreSQL keywords that are reserved, or reserved except as function/type names. */
const POSTGRES_RESERVED = new Set(
  (
    "all analyse analyze and any array as asc asymmetric authorization binary both case cast check collate collation " +
    "column concurrently constraint create cross current_catalog current_date current_role current_schema current_time " +
    "current_timestamp current_user default deferrable desc distinct do else end except false fetch for foreign freeze " +
    "from full grant group having ilike in initially inner intersect into is isnull join lateral leading left like limit " +
    "localtime localtimestamp natural not notnull null offset on only or order outer overlaps placing primary references " +
    "returning right select session_user similar some symmetric system_user table tablesample then to trailing true " +
    "union unique user using variadic verbose when where window with"
  ).split(" "),
);

/** VARCHAR(n) needs 1 ≤ n ≤ 10485760 in PostgreSQL; any other MaxLength is TEXT with a length CHECK. */
export const varcharFits = (n: number): boolean => Number.isInteger(n) && n >= 1 && n <= 10485760;

export class PostgresDialect extends Dialect {
  readonly name = "postgresql";
  readonly maxIdentifierBytes: number = 63;
  readonly jsonType = "JSONB";
  readonly supportsNativeEnums = true;
  protected readonly reservedWords: ReadonlySet<string> = POSTGRES_RESERVED;

  primitiveType(type: PrimitiveType): string {
    const c = type.constraints ?? {};
    if (c.format === "decimal") return c.precision !== undefined ? `NUMERIC(${c.precision},${c.scale ?? 0})` : "NUMERIC";
    switch (type.name) {
      case "string":
        if (c.format === "uuid") return "UUID";
        if (c.format === "date-time") return "TIMESTAMPTZ";
        if (c.format === "date") return "DATE";
        if (c.format === "binary") return "BYTEA";
        return c.maxLength !== undefined && varcharFits(c.maxLength) ? `VARCHAR(${c.maxLength})` : "TEXT";
      case "integer":
        return c.size === "int64" ? "BIGINT" : "INTEGER";
      case "number":
        return c.format === "float" ? "REAL" : "DOUBLE PRECISION";
      case "boolean":
        return "BOOLEAN";
      default:
        return this.jsonType;
    }
  }

  override arrayType(itemType: string): string {
    return `${itemType}[]`;
  }

  renderEnumType(sqlEnum: SqlEnum): string {
    const values = sqlEnum.values.map((v) => this.stringLiteral(v)).join(", ");
    // CREATE TYPE has no IF NOT EXISTS; the DO block makes a rerun a no-op.
    const create = `  CREATE TYPE ${this.quoteIdent(sqlEnum.name)} AS ENUM (${values});`;
    const tag = dollarQuoteTag(create);
    return [`DO ${tag} BEGIN`, create, "EXCEPTION WHEN duplicate_object THEN NULL;", `END ${tag};`].join("\n");
  }

  override regexMatch(column: string, pattern: string): string | undefined {
    // The front end accepts only patterns with a PostgreSQL translation of the same meaning.
    const portable = checkPattern(pattern);
    return portable.ok ? `${column} ~ ${this.stringLiteral(portable.postgres)}` : undefined;
  }

  override cardinalityExpression(column: string): string {
    return `cardinality(${column})`;
  }

  // A CHECK cannot hold a subquery (`SELECT count(*) FROM jsonb_object_keys(…)`); a path query is a plain, immutable
  // function call. `$.*` is every member's value: as many as there are keys, and none (no error) for a non-object.
  override propertyCountExpression(column: string): string {
    return `jsonb_array_length(jsonb_path_query_array(${column}, '$.*'))`;
  }
}

export const postgresDialect = new PostgresDialect();

/** Quotes a PostgreSQL identifier only where needed. */
export function quoteIdent(name: string): string {
  return postgresDialect.quoteIdent(name);
}
