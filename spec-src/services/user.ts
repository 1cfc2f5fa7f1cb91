import type { Paginated, Service, UUID } from "specloom";
import type { CreateUserDTO, PublicUser, UpdateUserDTO } from "../dto/users";
import type { Organization } from "../models/organization";
import type { Role, User } from "../models/user";

/** Query of `UserService.listUsers`. */
export interface ListUsersQuery {
  role?: Role;
  search?: string;
  page: number;
  limit: number;
}

/** Accounts and profiles. Reads go through the `user_profile` cache. */
export interface UserService extends Service<{ dependencies: [User, Organization, "user_profile"] }> {
  /**
   * Create a new user; hashes the password with bcrypt.
   * @implements FR-1
   * @implements FR-8
   * @throws ValidationError if data invalid
   * @throws ConflictError if email exists
   * @transactional
   */
  createUser(data: CreateUserDTO): Promise<User>;

  /**
   * Get user by ID.
   * @throws NotFoundError if user doesn't exist
   */
  getUserById(id: UUID): Promise<User>;

  /**
   * The user behind the current access token.
   * @throws UnauthorizedError if the account was deleted since the token was issued
   */
  getCurrentUser(userId: UUID): Promise<User>;

  /** Page through users, newest first. */
  listUsers(query: ListUsersQuery): Promise<Paginated<PublicUser>>;

  /**
   * Update user; invalidates `user_profile`.
   * @implements FR-4
   * @throws NotFoundError if user doesn't exist
   * @throws ValidationError if data invalid
   * @throws UnauthorizedError if `current_password` is wrong
   * @throws ConflictError if the new email exists
   */
  updateUser(id: UUID, data: UpdateUserDTO): Promise<User>;

  /**
   * Soft delete user and revoke their refresh tokens.
   * @implements FR-4
   * @throws NotFoundError if user doesn't exist
   * @transactional
   */
  deleteUser(id: UUID): Promise<void>;

  /**
   * Clear `deleted_at`.
   * @throws NotFoundError if no deleted user has this id
   * @throws ConflictError if another live account now uses the email
   */
  restoreUser(id: UUID): Promise<User>;

  /**
   * Change a user's role.
   * @throws NotFoundError if user doesn't exist
   * @throws ValidationError if an admin tries to demote themselves
   */
  changeRole(id: UUID, role: Role): Promise<User>;
}
