// Imported by specloom from bookshop.yaml. Edit freely: this file is yours now.
import type { Api, Endpoint, Int, Maximum, Minimum, NoContent, Pattern } from "specloom";
import type { Book, Genre, NewBook } from "../schemas";

/** The catalogue. */
export interface BooksApi extends Api<{ prefix: "/books"; tag: "Books" }> {
  /** List books */
  listBooks: Endpoint<{
    method: "GET";
    path: "/";
    query: {
      genre?: Genre;
      /** Page size. */
      limit: Int & Minimum<1> & Maximum<100>;
    };
    responses: {
      /** The books. */
      200: Book[];
    };
    auth: "public";
  }>;

  addBook: Endpoint<{
    method: "POST";
    path: "/";
    body: NewBook;
    responses: {
      /** Added. */
      201: Book;
    };
    auth: "public";
  }>;

  getBook: Endpoint<{
    method: "GET";
    path: "/:isbn";
    params: {
      isbn: string & Pattern<"^[0-9-]{10,17}$">;
    };
    responses: {
      /** The book. */
      200: Book;
    };
    auth: "public";
  }>;

  /** @deprecated */
  removeBook: Endpoint<{
    method: "DELETE";
    path: "/:isbn";
    params: {
      isbn: string & Pattern<"^[0-9-]{10,17}$">;
    };
    responses: {
      /** Removed. */
      204: NoContent;
    };
    auth: "public";
  }>;
}
