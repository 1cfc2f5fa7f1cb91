import type { Api, AuthConfig, Default, Endpoint, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** validators.ts would say `export const eval = …`, a strict-mode syntax error. */
export interface eval extends Entity<{}> { // @expect SL3024
  /** Identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
}

/** Would merge with the generated shared error format. */
export interface ErrorResponse { // @expect SL3024
  code: string;
}

/** Would merge with the envelope generated for a paginated list of Item. */
export interface PaginatedItem { // @expect SL3024
  rows: string[];
}

/** Operations named like Object.prototype members crashed the OpenAPI emitter. */
export interface ItemsApi extends Api<{ prefix: "/api/items"; tag: "Items" }> {
  /** Get one. */
  constructor: Endpoint<{ // @expect SL3024
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: "authenticated";
    responses: { 200: eval; 401: "Not signed in"; 404: "Not found" };
  }>;
  /** Describe. */
  toString: Endpoint<{ // @expect SL3024
    method: "GET";
    path: "/about";
    auth: "authenticated";
    responses: { 200: ErrorResponse; 401: "Not signed in" };
  }>;
  /** Page. */
  page: Endpoint<{
    method: "GET";
    path: "/page";
    auth: "authenticated";
    responses: { 200: PaginatedItem; 401: "Not signed in" };
  }>;
}

/** JWT sign-in. */
export const auth = {
  strategy: "jwt",
  algorithm: "HS256",
  secret: { env: "JWT_SECRET" },
  accessToken: { ttl: "15m" },
  passwordHashing: { algorithm: "bcrypt", rounds: 12 },
  roles: ["user"],
} satisfies AuthConfig;
