export { buildTableModel, UPDATED_AT_FUNCTION } from "./build-tables";
export { Dialect, PostgresDialect, postgresDialect, quoteIdent } from "./dialect";
export { emitSql, sqlEmitter } from "./emit-sql";
export { fnv1a, shortenIdentifier } from "./identifiers";
export type { SqlConfig } from "./context";
export * from "./model";
export {
  renderComments,
  renderCreateIndex,
  renderCreateTable,
  renderForeignKey,
  renderIdempotentForeignKey,
  renderUpdatedAtFunction,
  renderUpdatedAtTrigger,
  type RenderOptions,
} from "./render";
