import type {
  DeploymentConfig,
  LoggingConfig,
  MonitoringConfig,
  PerformanceConfig,
  SecurityConfig,
  TestingConfig,
} from "specloom";

export const logging = {
  format: "json",
  levels: ["debug", "info", "warn", "error"],
  log: ["Requests (method, route, status, duration, request id)", "Checkout outcomes", "Webhook events", "Stock changes"],
  exclude: ["password", "card_token", "iban", "wallet_token", "access_token", "refresh_token", "additionalData"],
} satisfies LoggingConfig;

export const monitoring = {
  health: { path: "/healthz", response: '{ "status": "ok", "database": "ok", "redis": "ok" }' },
  metrics: ["Checkout conversion rate", "Payment refusal rate", "Request latency (p50, p95, p99)", "Job queue depth"],
  alerts: [
    { condition: "Payment refusal rate > 15%", for: "10m" },
    { condition: "Checkout p95 > 1500ms", for: "5m" },
    { condition: "Job queue depth > 1000", for: "15m" },
  ],
} satisfies MonitoringConfig;

export const performance = {
  practices: {
    Caching: "Catalog reads from Redis; product lists cached 2 minutes",
    Pagination: "24 products per page, 96 max",
    "Stock locking": "SELECT … FOR UPDATE on product rows in id order to avoid deadlocks",
  },
} satisfies PerformanceConfig;

export const security = {
  practices: {
    "Card data": "Never touches our servers: tokens from the Adyen drop-in only (PCI DSS SAQ A)",
    Webhooks: "HMAC verification before any processing",
    "Password Storage": "argon2id with OWASP parameters",
    "Rate Limiting": "Auth and checkout endpoints",
  },
} satisfies SecurityConfig;

export const testing = {
  levels: {
    Unit: "Pricing, tax and state transitions",
    Integration: "Endpoints against a real PostgreSQL",
    Contract: "Adyen and Shippo sandboxes nightly",
    E2E: "Browse, add to cart, checkout with each payment method",
  },
  coverageTarget: 85,
} satisfies TestingConfig;

export const deployment = {
  env: [
    { env: "DATABASE_URL", description: "PostgreSQL connection URL", example: "postgresql://shop:shop@localhost:5432/shop" },
    { env: "NODE_ENV", example: "production" },
    { env: "PORT", example: "8080" },
  ],
  migrations: ["Expand/contract migrations so old and new versions run side by side", "Run as a pre-deploy job"],
} satisfies DeploymentConfig;
