import type { Api, AuthConfig, Default, Endpoint, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
}


/** A custom error body. */
export interface Problem {
  title: string;
  detail: string;
}

/** Typed error responses: OpenAPI would silently replace them with the shared ErrorResponse. */
export interface NotesApi extends Api<{ prefix: "/api/notes"; tag: "Notes" }> {
  /** Create a note. */
  createNote: Endpoint<{
    method: "POST";
    path: "/";
    body: { title: string };
    auth: "authenticated";
    responses: {
      201: Note;
      400: Problem; // @expect SL3018
      401: "Not signed in";
      422: { field: string }; // @expect SL3018
    };
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
