import type { Api, Endpoint } from "specloom";
import type { HealthResponse } from "../dto/health";

/**
 * Liveness and readiness for load balancers and monitoring. No prefix. Each
 * check queries the database and Redis, so callers are rate limited per IP.
 */
export interface HealthApi extends Api<{ tag: "Health" }> {
  /** Health check: database and Redis reachable. */
  health: Endpoint<{
    method: "GET";
    path: "/health";
    auth: "public";
    rateLimit: "120/min per ip";
    responses: { 200: HealthResponse; 503: "A dependency (database or Redis) is unavailable" };
    handler: "HealthService.check";
  }>;
}
