import type { Api, AuthConfig, Default, Endpoint, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
}

/** The server URL already ends in /api: clients would call /api/api/notes. */
export interface NotesApi extends Api<{ prefix: "/api/notes"; tag: "Notes" }> { // @expect SL3017
  list: Endpoint<{
    method: "GET";
    path: "/";
    auth: "authenticated";
    responses: { 200: Note[]; 401: "Not signed in" };
  }>;
}
