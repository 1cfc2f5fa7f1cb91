import type { DateTime } from "specloom";

/** Body of `GET /health`. */
export interface HealthResponse {
  status: "ok";
  /** @example "2025-01-18T10:30:00Z" */
  timestamp: DateTime;
  /** Per-dependency status. */
  checks: {
    database: "ok" | "down";
    redis: "ok" | "down";
  };
}
