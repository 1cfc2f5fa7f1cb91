import type { DateOnly, Paginated, Service, UUID } from "specloom";
import type { AdminStats } from "../dto/admin";
import type { Comment } from "../models/comment";
import type { Payment } from "../models/payment";
import type { Post } from "../models/post";
import type { Report } from "../models/report";
import type { User } from "../models/user";
import type { NotificationService } from "./notification";

/** Activity reporting for admins. */
export interface ReportService
  extends Service<{
    dependencies: [Report, User, Post, Comment, Payment, NotificationService, "daily_report", "api_responses"];
  }> {
  /**
   * Build the report of `date` (default: yesterday, UTC), store it, email admins.
   * Re-running for the same day replaces the stored report.
   * @implements FR-9
   * @transactional
   */
  generateDailyReport(date?: DateOnly): Promise<Report>;

  /** Reports between two days, newest first. */
  listReports(from: DateOnly | null, to: DateOnly | null, page: number, limit: number): Promise<Paginated<Report>>;

  /**
   * One report.
   * @throws NotFoundError if the report doesn't exist
   */
  getReport(id: UUID): Promise<Report>;

  /** Live totals, cached under `api_responses`. */
  getStats(): Promise<AdminStats>;
}
