import type { Paginated, Service, UUID } from "specloom";
import type { PaymentIntentResponse, StripeWebhookEvent } from "../dto/payments";
import type { Payment, Plan } from "../models/payment";
import type { User } from "../models/user";

/** Card payments through the `stripe` integration. */
export interface PaymentService extends Service<{ dependencies: [Payment, User, "stripe"] }> {
  /**
   * Create a Stripe PaymentIntent and a pending payment.
   * @implements FR-10
   * @throws ValidationError if the plan is unknown
   * @throws ExternalServiceError if Stripe is unavailable
   * @transactional
   */
  createPaymentIntent(userId: UUID, plan: Plan): Promise<PaymentIntentResponse>;

  /** The user's payments, newest first. */
  listPayments(userId: UUID, page: number, limit: number): Promise<Paginated<Payment>>;

  /**
   * Verify the signature, then mark the payment succeeded or failed. Replayed
   * events are ignored.
   * @implements FR-10
   * @throws ValidationError if the signature or payload is invalid
   * @transactional
   */
  handleStripeWebhook(rawBody: string, signature: string): Promise<StripeWebhookEvent>;
}
