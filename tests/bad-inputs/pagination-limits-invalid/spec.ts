import type { Api, AuthConfig, Default, Endpoint, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
}


/** Pagination limits that no request could satisfy. */
export interface NotesApi extends Api<{ prefix: "/api/notes"; tag: "Notes" }> {
  /** Default above the maximum. */
  listNotes: Endpoint<{
    method: "GET";
    path: "/";
    auth: "authenticated";
    pagination: { defaultLimit: 50; maxLimit: 10 }; // @expect SL3006
    responses: { 200: Note[]; 401: "Not signed in" };
  }>;
  /** A zero maximum. */
  listAll: Endpoint<{
    method: "GET";
    path: "/all";
    auth: "authenticated";
    pagination: { defaultLimit: 0.5; maxLimit: 0 }; // @expect SL3006
    responses: { 200: Note[]; 401: "Not signed in" };
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
