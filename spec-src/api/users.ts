import type { Api, Endpoint, MaxLength, NoContent, Paginated, UUID } from "specloom";
import type { PublicUser, UpdateUserDTO, UserResponse } from "../dto/users";
import type { Role } from "../models/user";

/** User profiles. `/me` is declared before `/:id` so it is matched first. */
export interface UsersApi extends Api<{ prefix: "/api/users"; tag: "Users" }> {
  /**
   * Get the signed-in user's own profile.
   * @implements FR-4
   */
  getCurrentUser: Endpoint<{
    method: "GET";
    path: "/me";
    auth: "authenticated";
    responses: { 200: UserResponse; 401: "Unauthorized (no token)" };
    handler: "UserService.getCurrentUser";
  }>;

  /**
   * Get user by ID. Users see their own profile; admins see anyone's.
   * @implements FR-4
   */
  getUser: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: { roles: ["user", "admin"]; ownership: { param: "id"; field: "id"; bypass: ["admin"] } };
    responses: {
      200: UserResponse;
      401: "Unauthorized (no token)";
      403: "Forbidden (not your profile)";
      404: "User not found";
    };
    handler: "UserService.getUserById";
  }>;

  /**
   * List users, newest first. Admins only.
   * @implements FR-8
   */
  listUsers: Endpoint<{
    method: "GET";
    path: "/";
    query: {
      /** Only users with this role. */
      role?: Role;
      /** Case-insensitive match on name or email. */
      search?: string & MaxLength<100>;
    };
    auth: { roles: ["admin"] };
    pagination: { defaultLimit: 20; maxLimit: 100 };
    responses: {
      200: Paginated<PublicUser>;
      400: "Invalid query parameters";
      401: "Unauthorized (no token)";
      403: "Forbidden (admins only)";
    };
    handler: "UserService.listUsers";
  }>;

  /**
   * Update a profile. Changing email or password requires the current password.
   * @implements FR-4
   */
  updateUser: Endpoint<{
    method: "PUT";
    path: "/:id";
    params: { id: UUID };
    body: UpdateUserDTO;
    auth: { roles: ["user", "admin"]; ownership: { param: "id"; field: "id"; bypass: ["admin"] } };
    responses: {
      200: UserResponse;
      400: "Validation error";
      401: "Unauthorized (no token)";
      403: "Forbidden (not your profile)";
      404: "User not found";
      409: "Email already exists";
    };
    handler: "UserService.updateUser";
  }>;

  /**
   * Soft delete an account. Its sessions are revoked.
   * @implements FR-4
   */
  deleteUser: Endpoint<{
    method: "DELETE";
    path: "/:id";
    params: { id: UUID };
    auth: { roles: ["user", "admin"]; ownership: { param: "id"; field: "id"; bypass: ["admin"] } };
    responses: {
      204: NoContent;
      401: "Unauthorized (no token)";
      403: "Forbidden (not your account)";
      404: "User not found";
    };
    handler: "UserService.deleteUser";
  }>;
}
