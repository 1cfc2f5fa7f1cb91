import type { IntegrationsConfig } from "specloom";

export const integrations = {
  payments: {
    name: "Adyen",
    purpose: "Card, SEPA and wallet payments; refunds",
    provider: "Adyen Checkout API v71",
    auth: { method: "api-key", credentials: { env: "ADYEN_API_KEY", description: "Adyen web service user API key" } },
    env: [
      { env: "ADYEN_MERCHANT_ACCOUNT", description: "Merchant account name", example: "HarborGoodsECOM" },
      { env: "ADYEN_ENVIRONMENT", description: "test or live", example: "test" },
    ],
    endpointsUsed: ["POST /payments", "POST /payments/details", "POST /payments/{paymentPspReference}/refunds"],
    rateLimit: "Not published; keep under 50 requests/second",
    retry: { attempts: 3, backoff: "exponential", delay: "1s" },
    errorHandling: [
      "Idempotency-Key on every POST",
      "Refusals become 402 PAYMENT_REFUSED; timeouts leave the payment pending until the webhook decides",
    ],
    webhooks: [
      {
        path: "/api/webhooks/payments",
        events: ["AUTHORISATION", "CAPTURE", "REFUND", "CANCELLATION"],
        verifySignature: true,
        secret: { env: "ADYEN_HMAC_KEY", description: "HMAC key of the standard notification webhook" },
      },
    ],
  },
  shipping: {
    name: "Shippo",
    purpose: "Carrier rates, labels and tracking",
    provider: "Shippo",
    auth: { method: "api-key", credentials: { env: "SHIPPO_API_TOKEN", description: "Shippo live API token" } },
    settings: { default_carrier: "dhl_express", label_format: "PDF_4x6" },
    endpointsUsed: ["POST /shipments", "POST /transactions", "GET /tracks/{carrier}/{tracking_number}"],
    rateLimit: "500 requests/minute",
    retry: { attempts: 5, backoff: "exponential", delay: "2s" },
    errorHandling: ["No rate available: keep the order paid and alert fulfilment staff"],
    webhooks: [
      {
        path: "/api/webhooks/shipping",
        events: ["track_updated"],
        verifySignature: true,
        secret: { env: "SHIPPO_WEBHOOK_TOKEN", description: "Shared token appended to the webhook URL" },
      },
    ],
  },
  email: {
    name: "Postmark",
    purpose: "Transactional email: welcome, order confirmation, shipping notice, low-stock report",
    provider: "Postmark",
    auth: { method: "api-key", credentials: { env: "POSTMARK_SERVER_TOKEN", description: "Postmark server API token" } },
    settings: { from_address: "orders@harborgoods.example", message_stream: "outbound" },
    endpointsUsed: ["POST /email/withTemplate"],
    rateLimit: "No hard limit; batch above 500 messages",
    retry: { attempts: 3, backoff: "exponential", delay: "30s" },
    errorHandling: ["Hard bounces mark the address undeliverable", "Other failures retry, then alert"],
  },
} satisfies IntegrationsConfig;
