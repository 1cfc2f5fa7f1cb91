import type { DateTime, Email, MaxLength, MinLength, WriteOnly } from "specloom";
import type { Password } from "./common";
import type { PublicUser } from "./users";

/** Body of `POST /api/auth/register`. */
export interface RegisterRequest {
  /**
   * Valid email, max 255 characters.
   * @example "ada@example.com"
   */
  email: Email & MaxLength<255>;
  /**
   * Min 8 characters, one uppercase letter and one number.
   * @example "Secr3tPassword"
   */
  password: Password;
  /**
   * Min 2 characters, max 100.
   * @example "Ada Lovelace"
   */
  name: string & MinLength<2> & MaxLength<100>;
}

/** Body of `POST /api/auth/login`. */
export interface LoginRequest {
  email: Email & MaxLength<255>;
  /** Checked against the stored hash; never validated for strength here. */
  password: string & MaxLength<128> & WriteOnly;
}

/**
 * Body of `POST /api/auth/refresh`. Browsers send nothing: the refresh token
 * comes from the httpOnly `refresh_token` cookie. Mobile clients send it here.
 */
export interface RefreshRequest {
  refresh_token?: string & MaxLength<512> & WriteOnly;
}

/** Body of `POST /api/auth/forgot-password`. */
export interface ForgotPasswordRequest {
  email: Email & MaxLength<255>;
}

/** Body of `POST /api/auth/reset-password`. */
export interface ResetPasswordRequest {
  /** The token from the reset email. */
  token: string & MaxLength<512> & WriteOnly;
  /** The new password. */
  password: Password;
}

/** Body of `POST /api/auth/verify-email`. */
export interface VerifyEmailRequest {
  /** The signed token from the verification email (valid 24 hours). */
  token: string & MaxLength<512> & WriteOnly;
}

/** Returned on register, login and refresh. The refresh token is also set as an httpOnly cookie. */
export interface AuthResponse {
  user: PublicUser;
  /** JWT access token (HS256, 15 minutes). */
  token: string;
  /**
   * When `token` expires, ISO 8601.
   * @example "2025-01-18T10:45:00Z"
   */
  expires_at: DateTime;
}
