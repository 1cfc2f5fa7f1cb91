import type { Decimal, Json, MaxLength, UUID } from "specloom";
import type { Plan } from "../models/payment";

/** Body of `POST /api/payments/intents`. */
export interface CreatePaymentIntentRequest {
  plan: Plan;
}

/** What the client needs to confirm the payment with Stripe.js. */
export interface PaymentIntentResponse {
  payment_id: UUID;
  /** Stripe client secret; single use, never logged. */
  client_secret: string;
  /** @example "9.99" */
  amount: Decimal<10, 2>;
  /** @example "usd" */
  currency: string;
}

/** Stripe events this API handles. */
export type StripeEventType = "payment_intent.succeeded" | "payment_intent.payment_failed";

/**
 * A Stripe webhook event, as Stripe posts it. The raw body is verified
 * against the `Stripe-Signature` header with `STRIPE_WEBHOOK_SECRET` before
 * it is parsed.
 */
export interface StripeWebhookEvent {
  /** @example "evt_1NG8Du2eZvKYlo2CUI79vXWy" */
  id: string & MaxLength<255>;
  type: StripeEventType;
  /** Unix seconds. */
  created: number;
  livemode: boolean;
  data: {
    /** The PaymentIntent object. */
    object: Json;
  };
}

/** Acknowledgement Stripe expects; anything but 2xx makes Stripe retry. */
export interface WebhookAck {
  received: true;
}
