/**
 * The only file that knows where the relational table model and its DDL
 * renderers live: @specloom/model derives the model, emitter-sql renders
 * CREATE TABLE, comments and the updated_at trigger.
 */
export {
  buildTableModel,
  postgresDialect,
  renderCreateIndex,
  renderForeignKey,
  type CheckConstraint,
  type Column,
  type Dialect,
  type ForeignKey,
  type Index,
  type SqlConfig,
  type SqlEnum,
  type Table,
  type TableModel,
  type UniqueConstraint,
} from "@specloom/model";
export {
  identityClause,
  renderComments,
  renderCreateTable,
  renderUpdatedAtFunction,
  renderUpdatedAtTrigger,
  updatedAtTriggerName,
} from "@specloom/emitter-sql";
