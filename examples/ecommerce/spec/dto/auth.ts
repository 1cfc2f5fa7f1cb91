import type { DateTime, Email, MaxLength, MinLength, UUID, WriteOnly } from "specloom";
import type { CustomerRole } from "../models/customer";

/** Body of `POST /api/auth/register`. */
export interface SignUpRequest {
  email: Email & MaxLength<255>;
  /** A passphrase of at least 10 characters; checked against known breached passwords. */
  password: string & MinLength<10> & MaxLength<128> & WriteOnly;
  name: string & MinLength<2> & MaxLength<100>;
  marketing_opt_in?: boolean;
}

/** Body of `POST /api/auth/login`. */
export interface SignInRequest {
  email: Email & MaxLength<255>;
  password: string & MaxLength<128> & WriteOnly;
}

/** Body of `POST /api/auth/refresh`: empty for browsers, which send the `hg_refresh` cookie. */
export interface RefreshSessionRequest {
  /** Refresh token held by the mobile app. */
  refresh_token?: string & MaxLength<512> & WriteOnly;
}

/** The signed-in customer, as the API shows it. */
export interface CustomerProfile {
  id: UUID;
  email: Email;
  name: string;
  role: CustomerRole;
}

/** Tokens and profile after sign-up, sign-in or refresh. The refresh token is an httpOnly cookie. */
export interface SessionResponse {
  customer: CustomerProfile;
  access_token: string;
  expires_at: DateTime;
}
