import type { LoggingConfig, MonitoringConfig } from "specloom";

/** JSON structured logs; every `Sensitive` field is excluded as well. */
export const logging = {
  format: "json",
  levels: ["debug", "info", "warn", "error"],
  log: [
    "All API requests (method, path, status, duration)",
    "Authentication attempts",
    "Database queries (in development only)",
    "Errors with stack traces",
    "Business events (user created, payment processed)",
  ],
  exclude: [
    "password",
    "password_hash",
    "current_password",
    "token",
    "refresh_token",
    "access_token",
    "client_secret",
    "authorization",
    "card_number",
    "cvc",
  ],
  example: {
    level: "info",
    timestamp: "2025-01-18T10:30:00Z",
    message: "User login successful",
    user_id: "123",
    email: "user@example.com",
    ip: "192.168.1.1",
    request_id: "req_123abc",
  },
} satisfies LoggingConfig;

/** Health check, metrics and alert thresholds. */
export const monitoring = {
  health: { path: "/health", response: '{ "status": "ok", "timestamp": "..." }' },
  metrics: [
    "Request rate (requests/second)",
    "Error rate (errors/total requests)",
    "Response time (p50, p95, p99)",
    "Database connection pool status",
    "Cache hit rate",
  ],
  alerts: [
    { condition: "Error rate > 1%", for: "5m" },
    { condition: "Response time p95 > 500ms", for: "5m" },
    { condition: "Database connections > 80% of pool" },
  ],
} satisfies MonitoringConfig;
