import type { AuthConfig } from "specloom";

/** JWT access tokens with rotating refresh tokens in an httpOnly cookie. */
export const auth = {
  strategy: "jwt",
  algorithm: "HS256",
  secret: { env: "JWT_SECRET", description: "HMAC key for signing access tokens, at least 32 random bytes" },
  accessToken: { ttl: "15m" },
  refreshToken: { ttl: "7d", cookie: "refresh_token" },
  storage: ["httpOnly cookies (web)", "secure storage (mobile)"],
  passwordHashing: { algorithm: "bcrypt", rounds: 12 },
  roles: ["user", "admin"],
  jwtPayload: {
    sub: { type: "string", description: "User ID" },
    email: { type: "string", description: "User email" },
    role: { type: "string", description: "User role: user or admin" },
    iat: { type: "number", description: "Issued at (Unix seconds)" },
    exp: { type: "number", description: "Expiration (Unix seconds)" },
  },
  socialProviders: [],
} satisfies AuthConfig;
