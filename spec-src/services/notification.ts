import type { Service, UUID } from "specloom";
import type { Report } from "../models/report";
import type { User } from "../models/user";

/**
 * Transactional email through the `email` integration (SendGrid). Sends are
 * queued; failures retry 3 times with exponential backoff, then go to the
 * dead letter queue.
 */
export interface NotificationService extends Service<{ dependencies: [User, "email", "send_welcome_email"] }> {
  /**
   * Welcome email, on registration.
   * @implements FR-1
   * @throws NotFoundError if the user doesn't exist
   */
  sendWelcomeEmail(userId: UUID): Promise<void>;

  /**
   * Password reset email with a one-hour link.
   * @implements FR-3
   */
  sendPasswordResetEmail(userId: UUID, resetUrl: string): Promise<void>;

  /**
   * Email verification link, valid 24 hours.
   * @implements FR-1
   */
  sendEmailVerification(userId: UUID, verifyUrl: string): Promise<void>;

  /**
   * The daily report, to every admin.
   * @implements FR-9
   */
  sendDailyReport(report: Report): Promise<void>;
}
