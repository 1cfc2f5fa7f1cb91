import type { DateTime, Email, MaxLength, MinLength, ReadOnly, UUID, WriteOnly } from "specloom";
import type { Role, User } from "../models/user";
import type { Password } from "./common";

/**
 * The user as the API returns it: no password hash, no soft-delete marker.
 * `created_at` comes from the entity's timestamps, which the TypeScript type
 * of `User` does not declare, so it is restated here.
 */
export interface PublicUser extends Pick<User, "id" | "email" | "name" | "role"> {
  /** When the account was created. */
  created_at: DateTime & ReadOnly;
}

/** Envelope of single-user responses. */
export interface UserResponse {
  user: PublicUser;
}

/** Input to create a user (registration, or an admin creating an account). */
export interface CreateUserDTO {
  /** @example "ada@example.com" */
  email: Email & MaxLength<255>;
  /** @example "Secr3tPassword" */
  password: Password;
  /** @example "Ada Lovelace" */
  name: string & MinLength<2> & MaxLength<100>;
  /** Only admins may set it; defaults to `user`. */
  role?: Role;
  /** Organization to join. */
  organization_id?: UUID | null;
}

/** Profile changes; every field is optional, at least one must be present. */
export interface UpdateUserDTO {
  email?: Email & MaxLength<255>;
  name?: string & MinLength<2> & MaxLength<100>;
  /** A new password; requires `current_password`. */
  password?: Password;
  /** The present password, required when changing `email` or `password`. */
  current_password?: string & MaxLength<128> & WriteOnly;
  organization_id?: UUID | null;
}

/** Body of `PATCH /api/admin/users/:id/role`. */
export interface ChangeRoleRequest {
  role: Role;
}
