import type { Api, Default, Endpoint, Entity, PrimaryKey, ReadOnly, UUID } from "specloom";

/** PostgreSQL text cannot hold U+0000, and no escaping makes it fit. */
export type Mood = "happy" | "s\0ad"; // @expect SL3040

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** How the author felt. */
  mood: Mood;
}

/** Notes. */
export interface NotesApi extends Api<{ prefix: "/api/notes"; tag: "Notes" }> {
  /** Get one note. */
  getNote: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: "public";
    responses: { 200: Note; 404: "Note not found" };
  }>;
}
