/** One API difference between two specs, oasdiff style: a stable id, where, what, and whether clients break. */
export type ApiChangeId =
  | "endpoint-removed"
  | "endpoint-added"
  | "parameter-removed"
  | "parameter-added"
  | "parameter-became-required"
  | "parameter-became-optional"
  | "request-body-added"
  | "request-body-removed"
  | "request-property-added"
  | "request-property-removed"
  | "request-property-became-required"
  | "request-property-became-optional"
  | "response-property-added"
  | "response-property-removed"
  | "response-property-became-optional"
  | "response-property-became-required"
  | "enum-value-added"
  | "enum-value-removed"
  | "type-changed"
  | "format-changed"
  | "constraint-narrowed"
  | "constraint-widened"
  | "auth-changed"
  | "success-status-removed"
  | "status-removed"
  | "status-added"
  | "response-header-removed"
  | "response-header-added"
  | "response-header-became-optional"
  | "media-type-removed"
  | "media-type-added";

export interface ApiChange {
  readonly id: ApiChangeId;
  readonly breaking: boolean;
  /** `GET /api/users/:id`. */
  readonly operation: string;
  /** Where inside the operation: `query.limit`, `body.email`, `response 200.items[].title`. */
  readonly at?: string;
  readonly message: string;
}
