import type { JobsConfig } from "specloom";

/** Background jobs. Keys are what services depend on. */
export const jobs = {
  daily_report: {
    name: "Daily Report Generation",
    purpose: "Summarize the previous day's activity for admins",
    trigger: { cron: "0 2 * * *", timezone: "UTC" },
    input: { date: "Day to report on, YYYY-MM-DD (default: yesterday, UTC)" },
    steps: [
      "Fetch data for previous day",
      "Generate report",
      "Send email to admins",
      "Store report in database",
    ],
    retry: { attempts: 3, backoff: "fixed", delay: "5m" },
    timeout: "10m",
    logging: ["Log start", "Log completion with row counts and duration", "Log errors with stack traces"],
    uses: ["Report", "User", "Post", "Comment", "Payment", "email"],
  },
  cleanup_expired_tokens: {
    name: "Cleanup Expired Tokens",
    purpose: "Keep the token tables small",
    trigger: { cron: "0 * * * *", timezone: "UTC" },
    steps: ["Delete refresh tokens older than 7 days", "Delete password reset tokens older than 1 hour"],
    retry: { none: true, reason: "Not critical: the next hourly run removes anything left over" },
    timeout: "5m",
    logging: ["Log the number of rows deleted"],
    uses: ["RefreshToken", "PasswordResetToken"],
  },
  send_welcome_email: {
    name: "Send Welcome Email",
    purpose: "Greet new users without slowing registration down",
    trigger: { event: "user.created" },
    input: { user_id: "The new user's id" },
    steps: ["Load the user", "Render the welcome template", "Send through the email integration"],
    retry: { attempts: 3, backoff: "exponential", delay: "1m" },
    timeout: "1m",
    logging: ["Log the provider message id", "Log failures"],
    uses: ["User", "email"],
  },
} satisfies JobsConfig;
