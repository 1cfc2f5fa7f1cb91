import type { DeploymentConfig } from "specloom";

/**
 * Variables no other section declares. JWT_SECRET (auth), REDIS_URL (caching),
 * EMAIL_API_KEY, STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET (integrations)
 * come from their sections.
 */
export const deployment = {
  env: [
    { env: "DATABASE_URL", description: "PostgreSQL connection URL", example: "postgresql://inkwell:inkwell@localhost:5432/inkwell" },
    { env: "NODE_ENV", description: "Runtime mode", example: "production" },
    { env: "PORT", description: "HTTP port", example: "3000" },
  ],
  migrations: [
    "Use a migration tool (Prisma Migrate) generated from schema.sql",
    "Run migrations before deployment",
    "Rollback strategy in place: every migration has a tested down step",
  ],
} satisfies DeploymentConfig;
