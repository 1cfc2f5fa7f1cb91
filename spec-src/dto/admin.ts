import type { DateTime, Int } from "specloom";

/** Live platform totals for the admin dashboard; cached for 5 minutes. */
export interface AdminStats {
  total_users: Int;
  total_posts: Int;
  published_posts: Int;
  total_comments: Int;
  /** Users who logged in during the last 24 hours. */
  active_users_24h: Int;
  /** When the figures were computed. */
  generated_at: DateTime;
}
