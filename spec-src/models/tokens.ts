import type { BelongsTo, DateTime, Default, Entity, Internal, MaxLength, PrimaryKey, ReadOnly, Sensitive, Unique, UUID } from "specloom";
import type { User } from "./user";

/**
 * A long-lived refresh token (7 days). Only its SHA-256 hash is stored; the
 * token itself travels in an httpOnly cookie. Rotated on every refresh.
 */
export interface RefreshToken extends Entity<{ timestamps: true; indexes: [{ columns: ["expires_at"] }] }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Owner of the session. */
  user_id: BelongsTo<User, { onDelete: "cascade"; as: "user" }>;
  /** SHA-256 of the token. */
  token_hash: string & MaxLength<64> & Unique & Sensitive;
  /** Absolute expiry: issue time + 7 days. */
  expires_at: DateTime;
  /** Set on logout or rotation; a revoked token is rejected. */
  revoked_at: DateTime | null;
  /** User agent of the client that obtained the token, for session lists. */
  user_agent?: (string & MaxLength<255> & Internal) | null;
}

/** A single-use password reset token, valid for one hour. Only its hash is stored. */
export interface PasswordResetToken extends Entity<{ timestamps: true; indexes: [{ columns: ["expires_at"] }] }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Who asked for the reset. */
  user_id: BelongsTo<User, { onDelete: "cascade"; as: "user" }>;
  /** SHA-256 of the token sent by email. */
  token_hash: string & MaxLength<64> & Unique & Sensitive;
  /** Issue time + 1 hour. */
  expires_at: DateTime;
  /** Set when the token is used; a used token is rejected. */
  used_at: DateTime | null;
}
