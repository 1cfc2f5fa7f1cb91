// Imported by specloom from bookshop.yaml. Edit freely: this file is yours now.
import type { BigInt64, DateTime, Email, Int, MaxLength, MinLength, Minimum, ReadOnly, UUID } from "specloom";

export type Genre = "novel" | "poetry" | "essay";

/** What a client sends to add a book. */
export interface NewBook {
  /** @example "Dune" */
  title: string & MinLength<1> & MaxLength<200>;
  genre: Genre;
  authors: Email[];
  price?: (number & Minimum<0>) | null;
  tags?: Record<string, string>;
}

export interface Book extends NewBook {
  id: UUID & ReadOnly;
  added: DateTime;
  copies?: BigInt64;
  shelf?: {
    room?: string;
    row?: Int;
  };
}
