import type { Api, Endpoint, Paginated } from "specloom";
import type { CreatePaymentIntentRequest, PaymentIntentResponse, StripeWebhookEvent, WebhookAck } from "../dto/payments";
import type { Payment } from "../models/payment";

/** Pro membership purchases. */
export interface PaymentsApi extends Api<{ prefix: "/api/payments"; tag: "Payments" }> {
  /**
   * Start a card payment for a plan; the client confirms it with Stripe.js.
   * @implements FR-10
   */
  createPaymentIntent: Endpoint<{
    method: "POST";
    path: "/intents";
    body: CreatePaymentIntentRequest;
    auth: "authenticated";
    responses: {
      201: PaymentIntentResponse;
      400: "Validation error (unknown plan)";
      401: "Unauthorized (no token)";
      502: "Payment provider unavailable";
    };
    rateLimit: "10/min per user";
    handler: "PaymentService.createPaymentIntent";
  }>;

  /**
   * The caller's payments, newest first.
   * @implements FR-10
   */
  listMyPayments: Endpoint<{
    method: "GET";
    path: "/";
    auth: "authenticated";
    pagination: { defaultLimit: 20; maxLimit: 100 };
    responses: { 200: Paginated<Payment>; 400: "Invalid query parameters"; 401: "Unauthorized (no token)" };
    handler: "PaymentService.listPayments";
  }>;
}

/** Inbound provider callbacks. Public, but every request must carry a valid signature. */
export interface WebhooksApi extends Api<{ prefix: "/api/webhooks"; tag: "Webhooks" }> {
  /**
   * Receive Stripe payment events. The `Stripe-Signature` header is verified
   * against `STRIPE_WEBHOOK_SECRET` on the raw body; events are processed
   * idempotently by event id.
   * @implements FR-10
   */
  stripeWebhook: Endpoint<{
    method: "POST";
    path: "/stripe";
    body: StripeWebhookEvent;
    auth: "public";
    responses: { 200: WebhookAck; 400: "Invalid signature or malformed event" };
    rateLimit: "100/s per ip";
    handler: "PaymentService.handleStripeWebhook";
  }>;
}
