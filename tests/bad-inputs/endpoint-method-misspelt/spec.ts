import type { Api, AuthConfig, Default, Endpoint, Entity, MaxLength, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Title. */
  title: string & MaxLength<100>;
}

/** Body of POST /api/notes. */
export interface CreateNoteRequest {
  title: string & MaxLength<100>;
}

/** Notes. */
export interface NotesApi extends Api<{ prefix: "/api/notes"; tag: "Notes" }> {
  /** Get one note. */
  getNote: Endpoint<{
    method: "FETCH"; // @expect SL3280 (one report, with a did-you-mean, instead of TypeScript's)
    path: "/:id";
    params: { id: UUID };
    auth: "authenticated";
    responses: { 200: Note; 401: "Not signed in"; 404: "Note not found" };
  }>;
  /** Create a note. */
  createNote: Endpoint<{
    method: "POST";
    path: "/";
    body: CreateNoteRequest;
    auth: "authenticated";
    responses: { 201: Note; 400: "Validation error"; 401: "Not signed in" };
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
