export { emitSql, sqlEmitter } from "./emit-sql";
export { renderComments, renderCreateTable, renderIdempotentForeignKey, renderUpdatedAtFunction, renderUpdatedAtTrigger } from "./render";
export { sqlPlugin } from "./plugin";
