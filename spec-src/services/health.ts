import type { Service } from "specloom";
import type { HealthResponse } from "../dto/health";

/** Probes the database and Redis for `GET /health`. */
export interface HealthService extends Service<{ dependencies: [] }> {
  /**
   * Ping PostgreSQL (`SELECT 1`) and Redis (`PING`), each with a 1s timeout.
   * @throws ServiceUnavailableError if either is down
   */
  check(): Promise<HealthResponse>;
}
