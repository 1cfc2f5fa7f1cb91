import type { DateTime } from "specloom";

/** Reachability of one backing service. */
export type DependencyStatus = "ok" | "down";

/** Body of `GET /health`. */
export interface HealthResponse {
  status: "ok";
  /** @example "2025-01-18T10:30:00Z" */
  timestamp: DateTime;
  /** Per-dependency status. */
  checks: {
    database: DependencyStatus;
    redis: DependencyStatus;
  };
}
