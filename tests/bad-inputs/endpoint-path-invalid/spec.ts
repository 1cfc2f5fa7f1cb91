import type { Api, AuthConfig, Default, Endpoint, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
}

/** Paths outside the one grammar: ':name' segments and URL-safe literal segments. */
export interface NotesApi extends Api<{ prefix: "/api/my notes"; tag: "Notes" }> { // @expect SL3016
  /** OpenAPI-style braces. */
  braces: Endpoint<{
    method: "GET";
    path: "/{id}"; // @expect SL3016
    params: { id: UUID };
    auth: "authenticated";
    responses: { 200: Note; 401: "Not signed in" };
  }>;
  /** A dash in a parameter name became '{user}-id' in OpenAPI. */
  dashed: Endpoint<{
    method: "GET";
    path: "/:user-id"; // @expect SL3016
    auth: "authenticated";
    responses: { 200: Note; 401: "Not signed in" };
  }>;
  /** A comment terminator and a quote reached validators.ts. */
  hostile: Endpoint<{
    method: "GET";
    path: "/x*/alert('1')"; // @expect SL3016
    auth: "authenticated";
    responses: { 200: Note; 401: "Not signed in" };
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
