import type { Api, AuthConfig, BelongsTo, Default, Endpoint, Entity, HasMany, ManyToMany, MaxLength, PrimaryKey, ReadOnly, Service, UUID } from "specloom";

/** A user. */
export interface User extends Entity<{
  timestamp: true; // @expect SL3014
  indexes: [{ columns: ["name"]; unqiue: true }]; // @expect SL3014
}> {
  /** User identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Display name. */
  name: string & MaxLength<100>;
  /** Notes written. */
  notes: HasMany<Note, { foreignkey: "author_id" }>; // @expect SL3014
  /** Starred notes. */
  starred: ManyToMany<Note, { tabel: "stars" }>; // @expect SL3014
}

/** A note. */
export interface Note extends Entity<{}> {
  /** Note identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /** Author. */
  author_id: BelongsTo<User, { ondelete: "cascade" }>; // @expect SL3014
}

/** Notes. */
export interface NotesApi extends Api<{ prefix: "/api/notes"; tags: "Notes" }> { // @expect SL3014
  /** List notes. */
  listNotes: Endpoint<{
    method: "GET";
    path: "/";
    auth: { roles: ["user"]; ownership: { param: "id"; feild: "author_id" } }; // @expect SL3014
    ratelimit: "5/min per ip"; // @expect SL3014
    pagination: { style: "offset"; maxlimit: 50 }; // @expect SL3014
    responses: { 200: Note[]; 401: "Not signed in" };
  }>;
}

/** Business logic. */
export interface NoteService extends Service<{ transactionl: true }> { // @expect SL3014
  /** Lists notes. */
  list(): Promise<Note[]>;
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
