/** ALTER statements a migration needs besides the CREATE forms emitter-sql already renders. */
import { identityClause, postgresDialect, type Column, type SqlEnum } from "./table-model";

const d = postgresDialect;
export const q = (name: string): string => d.quoteIdent(name);
export const literal = (text: string): string => d.stringLiteral(text);
const cols = (names: readonly string[]) => names.map(q).join(", ");

export const alterTable = (table: string, action: string): string => `ALTER TABLE ${q(table)} ${action};`;
export const alterColumn = (table: string, column: string, action: string): string => alterTable(table, `ALTER COLUMN ${q(column)} ${action}`);

export function addColumn(table: string, c: Column): string {
  const parts = [
    q(c.name),
    c.sqlType + identityClause(c),
    ...(c.notNull ? ["NOT NULL"] : []),
    ...(c.default !== undefined ? [`DEFAULT ${c.default}`] : []),
  ];
  return alterTable(table, `ADD COLUMN ${parts.join(" ")}`);
}

export const createEnum = (e: SqlEnum): string => `CREATE TYPE ${q(e.name)} AS ENUM (${e.values.map(literal).join(", ")});`;

export function addEnumValue(type: string, value: string, neighbour: { before?: string; after?: string }): string {
  const where =
    neighbour.after !== undefined ? ` AFTER ${literal(neighbour.after)}` : neighbour.before !== undefined ? ` BEFORE ${literal(neighbour.before)}` : "";
  return `ALTER TYPE ${q(type)} ADD VALUE ${literal(value)}${where};`;
}

export const addPrimaryKey = (table: string, columns: readonly string[]): string => alterTable(table, `ADD PRIMARY KEY (${cols(columns)})`);
export const addUnique = (table: string, name: string, columns: readonly string[]): string =>
  alterTable(table, `ADD CONSTRAINT ${q(name)} UNIQUE (${cols(columns)})`);
export const addCheck = (table: string, name: string, expression: string): string => alterTable(table, `ADD CONSTRAINT ${q(name)} CHECK (${expression})`);
export const dropConstraint = (table: string, name: string): string => alterTable(table, `DROP CONSTRAINT ${q(name)}`);

export const tableComment = (table: string, text: string | undefined): string =>
  `COMMENT ON TABLE ${q(table)} IS ${text === undefined ? "NULL" : literal(text)};`;
export const columnComment = (table: string, column: string, text: string | undefined): string =>
  `COMMENT ON COLUMN ${q(table)}.${q(column)} IS ${text === undefined ? "NULL" : literal(text)};`;
export const enumComment = (type: string, text: string | undefined): string =>
  `COMMENT ON TYPE ${q(type)} IS ${text === undefined ? "NULL" : literal(text)};`;

/** `USING` expression converting a column's values to the new type, or undefined when PostgreSQL converts implicitly. */
export function usingCast(column: string, from: string, to: string, enumInvolved: boolean): string | undefined {
  const c = q(column);
  if (binaryCoercible(from, to)) return undefined;
  const array = to.endsWith("[]");
  if (enumInvolved) return `${c}::${array ? "TEXT[]" : "TEXT"}::${to}`;
  if (to === "JSONB" && from !== "JSONB") return `to_jsonb(${c})`;
  if (from === "JSONB") return to === "TEXT" || to.startsWith("VARCHAR") ? `${c} #>> '{}'` : `(${c} #>> '{}')::${to}`;
  return `${c}::${to}`;
}

const varchar = /^VARCHAR\((\d+)\)$/;
const numeric = /^NUMERIC\((\d+),(\d+)\)$/;

/** Changes PostgreSQL makes without touching rows: longer VARCHAR, VARCHAR to TEXT, more NUMERIC precision. */
export function binaryCoercible(from: string, to: string): boolean {
  const vf = varchar.exec(from);
  if (vf && (to === "TEXT" || Number(varchar.exec(to)?.[1] ?? -1) >= Number(vf[1]))) return true;
  const nf = numeric.exec(from);
  const nt = numeric.exec(to);
  if (nf && (to === "NUMERIC" || (nt && nt[2] === nf[2] && Number(nt[1]) >= Number(nf[1])))) return true;
  return false;
}

/** Every value of `from` fits `to` (integer to bigint, anything to text or JSON), though rows may be rewritten. */
export function widening(from: string, to: string): boolean {
  if (binaryCoercible(from, to)) return true;
  if (to === "TEXT" || to === "JSONB") return !from.endsWith("[]") || to === "JSONB";
  const order = ["INTEGER", "BIGINT", "NUMERIC", "DOUBLE PRECISION"];
  return order.includes(from) && order.includes(to) && order.indexOf(to) > order.indexOf(from) && !(from === "BIGINT" && to === "DOUBLE PRECISION");
}

/** Matches a column as SQL text writes it (quoted only where needed), not inside a longer name. */
function identifierPattern(column: string): RegExp {
  const quoted = q(column).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(^|[^\\w"])${quoted}(?=$|[^\\w"])`, "g");
}

/** Whether SQL text (a CHECK expression, an index predicate) mentions a column. */
export function mentions(text: string | undefined, column: string): boolean {
  return text !== undefined && identifierPattern(column).test(text);
}

/** SQL text with renamed columns written under their new names (PostgreSQL rewrites stored expressions the same way). */
export function renameColumnsIn(text: string, renames: ReadonlyMap<string, string>): string {
  let out = text;
  for (const [from, to] of renames) out = out.replace(identifierPattern(from), (_m, lead: string) => `${lead}${q(to)}`);
  return out;
}
