/** Files `specloom init` writes. Kept as strings so tsc ships them in dist/ without a copy step. */
import { PUBLISHED_SCHEMA_DIR, type SpecloomConfigInput } from "@specloom/core";

export const SCHEMA_REF = `./${PUBLISHED_SCHEMA_DIR}/specloom.schema.json`;

export function starterConfig(projectName: string, language = "en"): string {
  // Typed by the config schema, so the starter cannot hold a key specloom rejects.
  const config: SpecloomConfigInput = {
    $schema: SCHEMA_REF,
    projectName,
    entry: "spec-src/index.ts",
    documentationDir: "docs",
    documentationLanguage: language,
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

export const STARTER_SPEC = `import type {
  Api,
  AuthConfig,
  Default,
  Email,
  Endpoint,
  Entity,
  MaxLength,
  MinLength,
  PrimaryKey,
  ReadOnly,
  Unique,
  UUID,
} from "specloom";

/** A registered account. */
export interface User extends Entity<{ table: "users"; timestamps: true }> {
  /** User identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /**
   * Login email.
   * @example "ada@example.com"
   */
  email: Email & MaxLength<255> & Unique;
  /**
   * Display name.
   * @example "Ada Lovelace"
   */
  name: string & MinLength<2> & MaxLength<100>;
}

/** Body of \`POST /api/users\`. */
export interface CreateUserRequest {
  email: Email & MaxLength<255>;
  name: string & MinLength<2> & MaxLength<100>;
}

/** Creating and reading users. */
export interface UsersApi extends Api<{ prefix: "/api/users"; tag: "Users" }> {
  /**
   * Register a new user.
   * @implements FR-1
   */
  createUser: Endpoint<{
    method: "POST";
    path: "/";
    auth: "public";
    body: CreateUserRequest;
    responses: { 201: User; 400: "Validation error"; 409: "Email already exists" };
    rateLimit: "5/min per ip";
  }>;

  /**
   * Fetch one user by id.
   * @implements FR-2
   */
  getUser: Endpoint<{
    method: "GET";
    path: "/:id";
    auth: "authenticated";
    params: { id: UUID };
    responses: { 200: User; 401: "Unauthorized"; 404: "User not found" };
  }>;
}

/** JWT access tokens signed with a secret from the environment. */
export const auth = {
  strategy: "jwt",
  algorithm: "HS256",
  secret: { env: "JWT_SECRET", description: "HMAC key for access tokens" },
  accessToken: { ttl: "15m" },
  passwordHashing: { algorithm: "bcrypt", rounds: 12 },
  roles: ["user", "admin"],
} satisfies AuthConfig;
`;
