import type { Api, AuthConfig, Default, Endpoint, Entity, MaxLength, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Title. */
  title: string & MaxLength<100>;
}

/** Notes. */
export interface NotesApi extends Api<{ prefix: "/api/notes"; tag: "Notes" }> {
  /** Get one note. */
  getNote: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: "authenticated";
    responses: { 200: Note; 401: "Not signed in"; 404: "Note not found" };
  }>;
  /** Whether a note exists: a HEAD response has no content, so the Note belongs on the GET. */
  noteExists: Endpoint<{
    method: "HEAD";
    path: "/:id";
    params: { id: UUID };
    auth: "authenticated";
    responses: { 200: Note; 401: "Not signed in"; 404: "Note not found" }; // @expect SL4220
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
