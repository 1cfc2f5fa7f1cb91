import type { Api, AuthConfig, Default, Endpoint, Entity, ErrorsConfig, PrimaryKey, ReadOnly, Response, UUID } from "specloom";

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
}

/** An error body. */
export interface ApiError {
  message: string;
}

/** Response options that cannot mean what they say. */
export interface NotesApi extends Api<{ prefix: "/api/notes"; tag: "Notes" }> {
  /** Get a note. */
  getNote: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: "public";
    responses: {
      200: Response<Note, { descripton: "The note" }>; // @expect SL3014
      302: Response<void, { description: "Moved" }>; // @expect SL3133
      304: Response<Note>; // @expect SL3130
      404: Response<ApiError, { contentType: "json" }>; // @expect SL3134
    };
  }>;
  /** Delete a note. */
  deleteNote: Endpoint<{
    method: "DELETE";
    path: "/:id";
    params: { id: UUID };
    auth: "public";
    responses: {
      204: Response<void, { headers: { "X Request Id": string } }>; // @expect SL3131
      400: Response<ApiError, { headers: { "X-Error": ApiError } }>; // @expect SL3135
    };
  }>;
}

/** The error body names a type that does not exist. */
export const errors = {
  model: "ApiEror", // @expect SL3132
} satisfies ErrorsConfig;

/** JWT sign-in. */
export const auth = {
  strategy: "jwt",
  algorithm: "HS256",
  secret: { env: "JWT_SECRET" },
  accessToken: { ttl: "15m" },
  passwordHashing: { algorithm: "bcrypt", rounds: 12 },
  roles: ["user"],
} satisfies AuthConfig;
