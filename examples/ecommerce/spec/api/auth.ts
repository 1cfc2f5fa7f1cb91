import type { Api, Endpoint, NoContent } from "specloom";
import type { RefreshSessionRequest, SessionResponse, SignInRequest, SignUpRequest } from "../dto/auth";

/** Customer accounts and sessions. */
export interface AuthApi extends Api<{ prefix: "/api/auth"; tag: "Auth" }> {
  /**
   * Create a customer account and start a session.
   * @implements FR-1
   */
  signUp: Endpoint<{
    method: "POST";
    path: "/register";
    auth: "public";
    body: SignUpRequest;
    responses: { 201: SessionResponse; 400: "Validation error or breached password"; 409: "Email already registered" };
    rateLimit: "5/min per ip";
    handler: "CustomerService.register";
  }>;

  /**
   * Start a session.
   * @implements FR-1
   */
  signIn: Endpoint<{
    method: "POST";
    path: "/login";
    auth: "public";
    body: SignInRequest;
    responses: { 200: SessionResponse; 400: "Validation error"; 401: "Invalid credentials" };
    rateLimit: "10/min per ip";
    handler: "CustomerService.login";
  }>;

  /**
   * Rotate the refresh token (cookie for browsers, body for the mobile app) and issue a new access token.
   * @implements FR-1
   */
  refreshSession: Endpoint<{
    method: "POST";
    path: "/refresh";
    auth: "public";
    body: RefreshSessionRequest;
    responses: { 200: SessionResponse; 400: "Validation error"; 401: "Refresh token missing, expired or revoked" };
    rateLimit: "30/min per ip";
    handler: "CustomerService.refresh";
  }>;

  /** End the session and clear the refresh cookie. */
  signOut: Endpoint<{
    method: "POST";
    path: "/logout";
    auth: "authenticated";
    responses: { 204: NoContent; 401: "Not signed in" };
    handler: "CustomerService.logout";
  }>;
}
