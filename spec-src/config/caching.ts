import type { CachingConfig } from "specloom";

/** Redis cache. Entry names are what services depend on. */
export const caching = {
  store: "redis",
  connection: { env: "REDIS_URL", description: "Redis connection URL", example: "redis://localhost:6379" },
  entries: [
    {
      name: "user_profile",
      key: "user:profile:{user_id}",
      ttl: "15m",
      invalidateOn: ["user.updated", "user.deleted"],
      description: "User profile, read on every authenticated request",
    },
    {
      name: "api_responses",
      key: "api:{endpoint}:{query_hash}",
      ttl: "5m",
      invalidateOn: ["post.created", "post.updated", "post.deleted", "comment.created", "comment.deleted", "report.created"],
      description: "Responses of expensive queries (post lists, admin stats)",
    },
  ],
} satisfies CachingConfig;
