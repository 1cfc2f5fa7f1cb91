import type { Api, Endpoint, Entity, MaxLength, PrimaryKey, ReadOnly, UUID } from "specloom";

/** A bookmark. */
export interface Bookmark extends Entity<{}> {
  /** Bookmark identifier. */
  id: UUID & PrimaryKey & ReadOnly;
  /** Where it points. */
  url: string & MaxLength<2000>;
}

/** Bookmarks. */
export interface BookmarksApi extends Api<{ prefix: "/api/bookmarks"; tag: "Bookmarks" }> {
  /** Get one bookmark. */
  getBookmark: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: "public";
    responses: { 200: Bookmark; 404: "Bookmark not found" };
  }>;
}
