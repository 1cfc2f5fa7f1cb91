export { emitSql, sqlEmitter } from "./emit-sql";
export {
  identityClause,
  renderComments,
  renderCreateTable,
  renderIdempotentForeignKey,
  renderUpdatedAtFunction,
  renderUpdatedAtTrigger,
  updatedAtTriggerName,
} from "./render";
export { sqlPlugin } from "./plugin";
