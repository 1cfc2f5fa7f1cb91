import type { DateOnly, Default, Entity, Int, Json, Minimum, PrimaryKey, ReadOnly, Unique, UUID } from "specloom";

/** A day's activity figures, produced by the daily report job at 02:00 UTC. */
export interface Report extends Entity<{ timestamps: true; indexes: [{ columns: [["report_date", "desc"]] }] }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /**
   * The UTC day the figures cover (the day before the job ran).
   * @example "2025-01-17"
   */
  report_date: DateOnly & Unique;
  /** Accounts created that day. */
  new_users: Int & Minimum<0>;
  /** Posts published that day. */
  posts_published: Int & Minimum<0>;
  /** Comments written that day. */
  comments_created: Int & Minimum<0>;
  /** Distinct users who logged in that day. */
  active_users: Int & Minimum<0>;
  /** Successful payments that day, in cents. */
  revenue_cents: Int & Minimum<0>;
  /**
   * Breakdown by hour and top posts, for the admin dashboard.
   * @example {"top_posts": [{"post_id": "…", "views": 120}]}
   */
  details: Json;
}
