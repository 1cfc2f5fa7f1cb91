import type { Api, Endpoint } from "specloom";
import type { HealthResponse } from "../dto/health";

/** Liveness and readiness for load balancers and monitoring. No prefix. */
export interface HealthApi extends Api<{ tag: "Health" }> {
  /** Health check: database and Redis reachable. */
  health: Endpoint<{
    method: "GET";
    path: "/health";
    auth: "public";
    responses: { 200: HealthResponse; 503: "A dependency (database or Redis) is unavailable" };
    handler: "HealthService.check";
  }>;
}
