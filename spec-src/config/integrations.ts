import type { IntegrationsConfig } from "specloom";

/** Third-party services. Keys (`email`, `stripe`) are what services depend on. */
export const integrations = {
  email: {
    name: "Email Service (SendGrid)",
    purpose: "Send transactional emails: welcome email (on registration), password reset email, email verification, daily report to admins",
    provider: "SendGrid (AWS SES as fallback)",
    auth: { method: "api-key", credentials: { env: "EMAIL_API_KEY", description: "SendGrid API key with Mail Send permission" } },
    settings: {
      from_address: "noreply@example.com",
      templates: "welcome, password_reset, email_verification, daily_report",
      dead_letter_queue: "email-dlq",
    },
    endpointsUsed: ["POST https://api.sendgrid.com/v3/mail/send"],
    rateLimit: "100 emails/second",
    retry: { attempts: 3, backoff: "exponential", delay: "1s" },
    errorHandling: [
      "Log failures with the message id and recipient user id (never the address in plain text)",
      "Retry 3 times with exponential backoff",
      "Move to the dead letter queue after the last attempt and alert",
    ],
  },
  stripe: {
    name: "Payment Gateway (Stripe)",
    purpose: "Process Pro membership payments",
    provider: "Stripe",
    auth: { method: "bearer", credentials: { env: "STRIPE_SECRET_KEY", description: "Stripe secret API key (sk_live_… in production)" } },
    endpointsUsed: ["POST /v1/payment_intents", "GET /v1/payment_intents/{id}"],
    rateLimit: "100 requests/second (Stripe live mode)",
    retry: { attempts: 3, backoff: "exponential", delay: "500ms" },
    errorHandling: [
      "Send an Idempotency-Key with every POST so retries never double-charge",
      "Card errors are returned to the client as 400; Stripe outages as 502",
      "Webhook events are stored by id and processed once",
    ],
    webhooks: [
      {
        path: "/api/webhooks/stripe",
        events: ["payment_intent.succeeded", "payment_intent.payment_failed"],
        verifySignature: true,
        secret: { env: "STRIPE_WEBHOOK_SECRET", description: "Signing secret of the webhook endpoint (whsec_…)" },
      },
    ],
  },
} satisfies IntegrationsConfig;
