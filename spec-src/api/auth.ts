import type { Api, Endpoint, NoContent } from "specloom";
import type {
  AuthResponse,
  ForgotPasswordRequest,
  LoginRequest,
  RefreshRequest,
  RegisterRequest,
  ResetPasswordRequest,
  VerifyEmailRequest,
} from "../dto/auth";
import type { MessageResponse } from "../dto/common";

/** Registration, login, token refresh and password reset. */
export interface AuthApi extends Api<{ prefix: "/api/auth"; tag: "Authentication" }> {
  /**
   * Register a new user and sign them in. Sends the welcome and verification emails.
   * @implements FR-1
   */
  register: Endpoint<{
    method: "POST";
    path: "/register";
    auth: "public";
    body: RegisterRequest;
    responses: {
      201: AuthResponse;
      400: "Validation error (email invalid, password weak, etc.)";
      409: "Email already exists";
    };
    rateLimit: "5/min per ip";
    handler: "AuthService.register";
  }>;

  /**
   * Login existing user. Sets the refresh token cookie.
   * @implements FR-2
   */
  login: Endpoint<{
    method: "POST";
    path: "/login";
    auth: "public";
    body: LoginRequest;
    responses: { 200: AuthResponse; 400: "Validation error"; 401: "Invalid credentials" };
    rateLimit: "10/min per ip";
    handler: "AuthService.login";
  }>;

  /**
   * Exchange a refresh token (cookie or body) for a new access token; the refresh token is rotated.
   * @implements FR-2
   */
  refresh: Endpoint<{
    method: "POST";
    path: "/refresh";
    auth: "public";
    body: RefreshRequest;
    responses: { 200: AuthResponse; 400: "Validation error"; 401: "Refresh token invalid, expired or revoked" };
    rateLimit: "30/min per ip";
    handler: "AuthService.refreshToken";
  }>;

  /**
   * Revoke the current refresh token and clear the cookie.
   * @implements FR-2
   */
  logout: Endpoint<{
    method: "POST";
    path: "/logout";
    auth: "authenticated";
    responses: { 204: NoContent; 401: "Unauthorized (no or invalid token)" };
    handler: "AuthService.logout";
  }>;

  /**
   * Confirm the email address with the token from the verification email.
   * @implements FR-1
   */
  verifyEmail: Endpoint<{
    method: "POST";
    path: "/verify-email";
    auth: "public";
    body: VerifyEmailRequest;
    responses: { 204: NoContent; 400: "Validation error, or the token is invalid or expired" };
    rateLimit: "10/min per ip";
    handler: "AuthService.verifyEmail";
  }>;

  /**
   * Send the verification email again.
   * @implements FR-1
   */
  resendVerification: Endpoint<{
    method: "POST";
    path: "/verify-email/resend";
    auth: "authenticated";
    responses: { 202: MessageResponse; 401: "Unauthorized (no or invalid token)"; 409: "Email already verified" };
    rateLimit: "3/hour per user";
    handler: "AuthService.resendVerification";
  }>;

  /**
   * Email a password reset link. Always answers 202 so it cannot be used to probe which emails exist.
   * @implements FR-3
   */
  forgotPassword: Endpoint<{
    method: "POST";
    path: "/forgot-password";
    auth: "public";
    body: ForgotPasswordRequest;
    responses: { 202: MessageResponse; 400: "Validation error" };
    rateLimit: "3/min per ip";
    handler: "AuthService.requestPasswordReset";
  }>;

  /**
   * Set a new password with a reset token; revokes every refresh token of the user.
   * @implements FR-3
   */
  resetPassword: Endpoint<{
    method: "POST";
    path: "/reset-password";
    auth: "public";
    body: ResetPasswordRequest;
    responses: { 204: NoContent; 400: "Validation error, or the token is invalid, used or expired" };
    rateLimit: "5/min per ip";
    handler: "AuthService.resetPassword";
  }>;
}
