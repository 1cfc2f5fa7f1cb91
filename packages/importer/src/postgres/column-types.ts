/**
 * PostgreSQL column types to DSL types: the inverse of emitter-sql's dialect
 * (`VARCHAR(n)` ← `string & MaxLength<n>`, `NUMERIC(p,s)` ← `Decimal<p, s>`…).
 * A type the DSL cannot express exactly maps to the nearest one and says so.
 */
import type { CatalogColumn } from "./catalog";

export interface DslType {
  /** TS type expression without tags, e.g. `string`, `UUID`, `Role[]`. */
  readonly base: string;
  /** Tags to intersect, e.g. `MaxLength<255>`. */
  readonly tags: readonly string[];
  /** Names to import from "specloom". */
  readonly imports: readonly string[];
  /** Why the mapping is approximate, when it is. */
  readonly lossy?: string;
}

const exact = (base: string, imports: string[] = [], tags: string[] = []): DslType => ({ base, tags, imports });
const near = (base: string, lossy: string, imports: string[] = [], tags: string[] = []): DslType => ({ base, tags, imports, lossy });

/** Scalar (non-array) type by `format_type` spelling; `enumName` for user enums. */
function scalar(type: string, enumName: string | undefined): DslType {
  if (enumName) return exact(enumName);
  const varchar = /^character varying\((\d+)\)$/.exec(type);
  if (varchar) return exact("string", ["MaxLength"], [`MaxLength<${varchar[1]}>`]);
  const char = /^character\((\d+)\)$/.exec(type);
  if (char) return near("string", `${type} becomes VARCHAR(${char[1]}) (no blank padding)`, ["MaxLength"], [`MaxLength<${char[1]}>`]);
  const numeric = /^numeric\((\d+),(\d+)\)$/.exec(type);
  if (numeric) return exact(`Decimal<${numeric[1]}, ${numeric[2]}>`, ["Decimal"]);
  switch (type) {
    case "text":
      return exact("string");
    case "character varying":
      return near("string", "VARCHAR without a length becomes TEXT");
    case "uuid":
      return exact("UUID", ["UUID"]);
    case "integer":
      return exact("Int", ["Int"]);
    case "bigint":
      return exact("BigInt64", ["BigInt64"]);
    case "smallint":
      return near("Int", "SMALLINT becomes INTEGER", ["Int"]);
    case "double precision":
      return exact("number");
    case "real":
      return near("number", "REAL becomes DOUBLE PRECISION");
    case "numeric":
      return near("number", "NUMERIC without precision becomes DOUBLE PRECISION");
    case "boolean":
      return exact("boolean");
    case "timestamp with time zone":
      return exact("DateTime", ["DateTime"]);
    case "timestamp without time zone":
      return near("DateTime", "TIMESTAMP becomes TIMESTAMPTZ", ["DateTime"]);
    case "date":
      return exact("DateOnly", ["DateOnly"]);
    case "jsonb":
      return exact("Json", ["Json"]);
    case "json":
      return near("Json", "JSON becomes JSONB", ["Json"]);
    default:
      return near("string", `${type} has no DSL type and becomes TEXT`);
  }
}

/** Maps a column's type; enum type names are resolved by `enumName`. */
export function dslType(column: CatalogColumn, enumName: (sqlName: string) => string | undefined): DslType {
  const array = column.type.endsWith("[]");
  const baseType = array ? column.type.slice(0, -2) : column.type;
  const udt = array && column.udt.startsWith("_") ? column.udt.slice(1) : column.udt;
  const mapped = scalar(baseType, column.udtSchema ? enumName(udt) : undefined);
  if (!array) return mapped;
  if (mapped.base === "Json") return near("Json", `${column.type} becomes JSONB`, ["Json"]);
  // Tags constrain the element: `(string & MaxLength<20>)[]`.
  const element = mapped.tags.length > 0 ? `(${[mapped.base, ...mapped.tags].join(" & ")})` : mapped.base;
  return { base: `${element}[]`, tags: [], imports: mapped.imports, ...(mapped.lossy ? { lossy: mapped.lossy } : {}) };
}
