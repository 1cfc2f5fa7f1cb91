import type { AuthConfig, ErrorsConfig } from "specloom";

export const auth = {
  strategy: "jwt",
  algorithm: "ES256",
  secret: { env: "JWT_PRIVATE_KEY", description: "PEM-encoded P-256 private key for signing access tokens" },
  accessToken: { ttl: "10m" },
  refreshToken: { ttl: "30d", cookie: "hg_refresh" },
  storage: ["httpOnly, secure, SameSite=Lax cookie for the refresh token", "memory for the access token"],
  passwordHashing: { algorithm: "argon2id" },
  roles: ["customer", "staff"],
  jwtPayload: {
    sub: { type: "string", description: "Customer ID" },
    role: { type: "string", description: "customer or staff" },
    iat: { type: "number", description: "Issued at" },
    exp: { type: "number", description: "Expiration" },
  },
  socialProviders: ["google", "apple"],
} satisfies AuthConfig;

export const errors = {
  codes: {
    400: "VALIDATION_ERROR",
    401: "UNAUTHENTICATED",
    402: "PAYMENT_REFUSED",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    409: "CONFLICT",
    429: "RATE_LIMITED",
    500: "INTERNAL_ERROR",
  },
  examples: [
    {
      status: 409,
      title: "Out of stock",
      code: "INSUFFICIENT_STOCK",
      message: "Only 2 units of KIT-KNIFE-8IN are left",
      fieldErrors: { "items[0].quantity": ["Only 2 left in stock"] },
    },
    { status: 402, title: "Payment refused", code: "PAYMENT_REFUSED", message: "The card issuer declined the payment" },
  ],
} satisfies ErrorsConfig;
