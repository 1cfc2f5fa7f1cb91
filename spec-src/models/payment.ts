import type { BelongsTo, Decimal, Default, Entity, MaxLength, MinLength, PrimaryKey, ReadOnly, Unique, UUID } from "specloom";
import type { User } from "./user";

/** Pro membership plans sold through Stripe. */
export type Plan = "pro_monthly" | "pro_yearly";

/** State of a Stripe PaymentIntent, mirrored from webhooks. */
export type PaymentStatus = "pending" | "succeeded" | "failed";

/** A payment for a Pro membership, tracked from creation to the Stripe webhook outcome. */
export interface Payment extends Entity<{ timestamps: true; indexes: [{ columns: ["user_id", ["created_at", "desc"]] }] }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** The paying user; payments are kept as records even if the account is soft-deleted. */
  user_id: BelongsTo<User, { onDelete: "restrict"; as: "payer" }>;
  /** Plan bought. */
  plan: Plan;
  /**
   * Amount charged.
   * @example "9.99"
   */
  amount: Decimal<10, 2>;
  /**
   * ISO 4217 currency code, lower case as Stripe reports it.
   * @example "usd"
   */
  currency: string & MinLength<3> & MaxLength<3> & Default<"usd">;
  /** Stripe PaymentIntent id. */
  stripe_payment_intent_id: string & MaxLength<255> & Unique & ReadOnly;
  /** Outcome so far. */
  status: PaymentStatus & Default<"pending"> & ReadOnly;
}
