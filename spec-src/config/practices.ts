import type { PerformanceConfig, SecurityConfig, TestingConfig } from "specloom";

export const performance = {
  practices: {
    "Database Indexes": "All foreign keys and frequently queried fields",
    "Query Optimization": "Use EXPLAIN to analyze slow queries",
    "N+1 Query Prevention": "Use eager loading/joins",
    Pagination: "Default page size 20, max 100",
    "Rate Limiting": "Per endpoint, per user/IP",
    Caching: "Cache expensive queries and computations",
  },
} satisfies PerformanceConfig;

export const security = {
  practices: {
    "SQL Injection": "Use parameterized queries/ORMs",
    XSS: "Sanitize all user input, use Content Security Policy",
    CSRF: "Use CSRF tokens for state-changing requests",
    "Password Storage": "bcrypt with salt rounds >= 10 (12 configured)",
    "Token Security": "httpOnly, secure, sameSite cookies",
    "HTTPS Only": "Enforce HTTPS in production",
    "Input Validation": "Validate all input on server side",
    "Rate Limiting": "Prevent brute force and DOS",
    "Webhook Security": "Verify Stripe signatures on the raw body before parsing",
  },
} satisfies SecurityConfig;

export const testing = {
  levels: {
    "Unit Tests": "Test services, utilities, validators",
    "Integration Tests": "Test API endpoints with test database",
    "E2E Tests": "Test critical user flows (register, write and publish a post, comment, pay)",
    "Load Tests": "Test under expected traffic",
    "Security Tests": "OWASP top 10 vulnerabilities",
  },
  coverageTarget: 80,
} satisfies TestingConfig;
