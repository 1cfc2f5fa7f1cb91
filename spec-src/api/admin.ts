import type { Api, DateOnly, Endpoint, Paginated, UUID } from "specloom";
import type { AdminStats } from "../dto/admin";
import type { ChangeRoleRequest, CreateUserDTO, UserResponse } from "../dto/users";
import type { Report } from "../models/report";

/** Back office: account management and reporting. Admins only. */
export interface AdminApi extends Api<{ prefix: "/api/admin"; tag: "Admin" }> {
  /**
   * Create an account on someone's behalf, with any role.
   * @implements FR-8
   */
  adminCreateUser: Endpoint<{
    method: "POST";
    path: "/users";
    body: CreateUserDTO;
    auth: { roles: ["admin"] };
    responses: {
      201: UserResponse;
      400: "Validation error";
      401: "Unauthorized (no token)";
      403: "Forbidden (admins only)";
      409: "Email already exists";
    };
    handler: "UserService.createUser";
  }>;

  /**
   * Promote or demote a user.
   * @implements FR-8
   */
  changeUserRole: Endpoint<{
    method: "PATCH";
    path: "/users/:id/role";
    params: { id: UUID };
    body: ChangeRoleRequest;
    auth: { roles: ["admin"] };
    responses: {
      200: UserResponse;
      400: "Validation error, or an admin demoting themselves";
      401: "Unauthorized (no token)";
      403: "Forbidden (admins only)";
      404: "User not found";
    };
    handler: "UserService.changeRole";
  }>;

  /**
   * Undo a soft delete.
   * @implements FR-8
   */
  restoreUser: Endpoint<{
    method: "POST";
    path: "/users/:id/restore";
    params: { id: UUID };
    auth: { roles: ["admin"] };
    responses: {
      200: UserResponse;
      401: "Unauthorized (no token)";
      403: "Forbidden (admins only)";
      404: "No deleted user with this id";
      409: "Email now belongs to another account";
    };
    handler: "UserService.restoreUser";
  }>;

  /**
   * Live platform totals (cached 5 minutes).
   * @implements FR-9
   */
  getStats: Endpoint<{
    method: "GET";
    path: "/stats";
    auth: { roles: ["admin"] };
    responses: { 200: AdminStats; 401: "Unauthorized (no token)"; 403: "Forbidden (admins only)" };
    handler: "ReportService.getStats";
  }>;

  /**
   * Daily reports, newest first.
   * @implements FR-9
   */
  listReports: Endpoint<{
    method: "GET";
    path: "/reports";
    query: { from?: DateOnly; to?: DateOnly };
    auth: { roles: ["admin"] };
    pagination: { defaultLimit: 20; maxLimit: 100 };
    responses: {
      200: Paginated<Report>;
      400: "Invalid query parameters";
      401: "Unauthorized (no token)";
      403: "Forbidden (admins only)";
    };
    handler: "ReportService.listReports";
  }>;

  /**
   * One daily report.
   * @implements FR-9
   */
  getReport: Endpoint<{
    method: "GET";
    path: "/reports/:id";
    params: { id: UUID };
    auth: { roles: ["admin"] };
    responses: {
      200: Report;
      401: "Unauthorized (no token)";
      403: "Forbidden (admins only)";
      404: "Report not found";
    };
    handler: "ReportService.getReport";
  }>;
}
