import type { Service, UUID } from "specloom";
import type { SessionResponse, SignInRequest, SignUpRequest } from "../dto/auth";
import type { Product } from "../models/catalog";
import type { Customer } from "../models/customer";
import type { EmailService } from "./fulfilment";

/** Accounts, sessions and the wishlist. */
export interface CustomerService extends Service<{ dependencies: [Customer, Product, EmailService] }> {
  /**
   * Create an account (argon2id hash) and a session.
   * @implements FR-1
   * @throws ValidationError if data invalid or the password is known to be breached
   * @throws ConflictError if the email is registered
   * @transactional
   */
  register(data: SignUpRequest): Promise<SessionResponse>;

  /**
   * Check credentials and start a session.
   * @throws UnauthorizedError if credentials invalid
   */
  login(data: SignInRequest): Promise<SessionResponse>;

  /**
   * Rotate the refresh token.
   * @throws UnauthorizedError if the refresh token is missing, expired or revoked
   */
  refresh(refreshToken: string): Promise<SessionResponse>;

  /** Revoke the session's refresh token. */
  logout(customerId: UUID, refreshToken: string): Promise<void>;

  /**
   * Products on the wishlist, inactive ones excluded.
   * @implements FR-3
   */
  getWishlist(customerId: UUID): Promise<Product[]>;

  /**
   * @throws NotFoundError if the product doesn't exist
   */
  addToWishlist(customerId: UUID, productId: UUID): Promise<void>;

  /**
   * @throws NotFoundError if the product is not on the wishlist
   */
  removeFromWishlist(customerId: UUID, productId: UUID): Promise<void>;
}
