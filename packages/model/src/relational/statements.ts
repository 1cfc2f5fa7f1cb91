/** The index and FK statements both schema.sql and the markdown spec show, rendered one way. */
import { postgresDialect, type Dialect } from "./dialect";
import { columnList } from "./identifiers";
import type { ForeignKey, Index } from "./model";

export interface RenderOptions {
  readonly dialect?: Dialect;
  /** `IF NOT EXISTS`, for reruns; off by default to match the seed's snippets. */
  readonly ifNotExists?: boolean;
}

const upper = (action: string) => action.toUpperCase();

/** `CREATE INDEX idx_users_email ON users(email);` with DESC columns and a partial predicate. */
export function renderCreateIndex(index: Index, options: RenderOptions = {}): string {
  const d = options.dialect ?? postgresDialect;
  const cols = index.columns.map((c) => `${d.quoteIdent(c.name)}${c.order === "desc" ? " DESC" : ""}`).join(", ");
  const head = `CREATE ${index.unique ? "UNIQUE " : ""}INDEX ${options.ifNotExists ? "IF NOT EXISTS " : ""}${d.quoteIdent(index.name)}`;
  return `${head} ON ${d.quoteIdent(index.table)}(${cols})${index.where ? ` WHERE ${index.where}` : ""};`;
}

/** The two lines of a FK statement, apart so callers can indent them without touching a quoted name's line break. */
export function foreignKeyLines(fk: ForeignKey, d: Dialect = postgresDialect): [string, string] {
  const q = (n: string) => d.quoteIdent(n);
  const actions = [
    fk.onDelete !== "no action" ? ` ON DELETE ${upper(fk.onDelete)}` : "",
    fk.onUpdate !== "no action" ? ` ON UPDATE ${upper(fk.onUpdate)}` : "",
  ].join("");
  return [
    `ALTER TABLE ${q(fk.table)} ADD CONSTRAINT ${q(fk.name)}`,
    `  FOREIGN KEY (${columnList(fk.columns, q)}) REFERENCES ${q(fk.refTable)}(${columnList(fk.refColumns, q)})${actions};`,
  ];
}

/** The seed's Relationships form: `ALTER TABLE … ADD CONSTRAINT fk_… FOREIGN KEY … REFERENCES …`. */
export function renderForeignKey(fk: ForeignKey, options: RenderOptions = {}): string {
  return foreignKeyLines(fk, options.dialect ?? postgresDialect).join("\n");
}
