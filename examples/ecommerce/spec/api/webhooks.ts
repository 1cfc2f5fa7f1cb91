import type { Api, DateTime, Endpoint, Json, MaxLength, NoContent } from "specloom";

/** Adyen standard notification (one item of `notificationItems`). */
export interface PaymentNotification {
  /** @example "AUTHORISATION" */
  eventCode: "AUTHORISATION" | "CAPTURE" | "REFUND" | "CANCELLATION";
  /** "true" or "false", as Adyen sends it. */
  success: "true" | "false";
  pspReference: string & MaxLength<64>;
  /** Our order number. */
  merchantReference: string & MaxLength<64>;
  amount: { value: number; currency: string };
  /** HMAC signature and extra fields. */
  additionalData: Json;
}

/** Tracking update pushed by Shippo. */
export interface TrackingUpdate {
  event: "track_updated";
  data: {
    tracking_number: string & MaxLength<64>;
    carrier: string;
    tracking_status: { status: "PRE_TRANSIT" | "TRANSIT" | "DELIVERED" | "RETURNED" | "FAILURE"; status_date: DateTime };
  };
}

/** Reachability of one backing service. */
export type DependencyStatus = "ok" | "down";

/** Liveness. */
export interface HealthStatus {
  status: "ok";
  database: DependencyStatus;
  redis: DependencyStatus;
}

/** Provider callbacks. Public, authenticated by signature instead of a token. */
export interface WebhooksApi extends Api<{ prefix: "/api/webhooks"; tag: "Webhooks" }> {
  /**
   * Adyen payment notifications; HMAC-verified, processed idempotently by PSP
   * reference. Any 2xx acknowledges the notification.
   * @implements FR-5
   */
  paymentWebhook: Endpoint<{
    method: "POST";
    path: "/payments";
    body: PaymentNotification;
    auth: "public";
    responses: { 204: NoContent; 400: "Invalid HMAC signature or payload" };
    handler: "PaymentService.handleNotification";
  }>;

  /**
   * Shippo tracking updates; marks orders delivered.
   * @implements FR-6
   */
  shippingWebhook: Endpoint<{
    method: "POST";
    path: "/shipping";
    body: TrackingUpdate;
    auth: "public";
    responses: { 204: NoContent; 400: "Invalid token or payload" };
    handler: "ShippingService.handleTrackingUpdate";
  }>;
}

/** Operations. */
export interface OpsApi extends Api<{ tag: "Operations" }> {
  /** Liveness and readiness; each call probes the database and Redis, so callers are rate limited per IP. */
  healthz: Endpoint<{
    method: "GET";
    path: "/healthz";
    auth: "public";
    rateLimit: "120/min per ip";
    responses: { 200: HealthStatus; 503: "Database or Redis unavailable" };
    handler: "OpsService.health";
  }>;
}
