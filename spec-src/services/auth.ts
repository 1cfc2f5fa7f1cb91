import type { Service, UUID } from "specloom";
import type { AuthResponse, RegisterRequest } from "../dto/auth";
import type { PasswordResetToken, RefreshToken } from "../models/tokens";
import type { User } from "../models/user";
import type { NotificationService } from "./notification";
import type { UserService } from "./user";

/** Number of rows `cleanupExpiredTokens` removed. */
export interface CleanupResult {
  refresh_tokens_deleted: number;
  password_reset_tokens_deleted: number;
}

/** Credentials, JWTs and sessions. */
export interface AuthService
  extends Service<{ dependencies: [User, RefreshToken, PasswordResetToken, UserService, NotificationService] }> {
  /**
   * Register new user and return JWT token; queues the welcome email.
   * @implements FR-1
   * @throws ValidationError if data invalid
   * @throws ConflictError if email exists
   * @transactional
   */
  register(data: RegisterRequest): Promise<AuthResponse>;

  /**
   * Login user and return JWT token.
   * @implements FR-2
   * @throws UnauthorizedError if credentials invalid
   */
  login(email: string, password: string): Promise<AuthResponse>;

  /**
   * Verify JWT token and return user.
   * @throws UnauthorizedError if token invalid/expired
   */
  verifyToken(token: string): Promise<User>;

  /**
   * Refresh access token; rotates the refresh token.
   * @implements FR-2
   * @throws UnauthorizedError if refresh token invalid
   * @transactional
   */
  refreshToken(refreshToken: string): Promise<AuthResponse>;

  /** Revoke the refresh token of the current session. */
  logout(userId: UUID, refreshToken: string): Promise<void>;

  /**
   * Mark the email verified. Tokens are stateless: an HMAC over user id, email and expiry,
   * so changing the email invalidates them.
   * @implements FR-1
   * @throws ValidationError if the token is invalid or expired
   */
  verifyEmail(token: string): Promise<void>;

  /**
   * Email a new verification link.
   * @throws ConflictError if the email is already verified
   */
  resendVerification(userId: UUID): Promise<void>;

  /**
   * Store a one-hour reset token and email the link. Silent when the email is unknown.
   * @implements FR-3
   */
  requestPasswordReset(email: string): Promise<void>;

  /**
   * Set the new password, mark the token used and revoke all refresh tokens.
   * @implements FR-3
   * @throws ValidationError if the token is invalid, used or expired, or the password is weak
   * @transactional
   */
  resetPassword(token: string, password: string): Promise<void>;

  /** Delete refresh tokens older than 7 days and reset tokens older than 1 hour (hourly job). */
  cleanupExpiredTokens(): Promise<CleanupResult>;
}
