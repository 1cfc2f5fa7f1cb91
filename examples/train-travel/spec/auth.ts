// Imported by specloom from train-travel.json. Edit freely: this file is yours now.
import type { AuthConfig } from "specloom";

/** The document's security schemes. The fields before `schemes` are starter values: an OpenAPI document does not say them. */
export const auth = {
  strategy: "oauth",
  accessToken: { ttl: "1h" },
  passwordHashing: { algorithm: "bcrypt" },
  roles: [],
  schemes: {
    OAuth2: {
      type: "oauth2",
      flows: {
        authorizationCode: {
          authorizationUrl: "https://example.com/oauth/authorize",
          tokenUrl: "https://example.com/oauth/token",
          scopes: {
            read: "Read access",
            write: "Write access",
          },
        },
      },
      description: "OAuth 2.0 authorization code following RFC8725 best practices.",
    },
  },
} satisfies AuthConfig;
