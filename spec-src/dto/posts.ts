import type { MaxLength, MinLength } from "specloom";
import type { PostStatus } from "../models/post";

/** Body of `POST /api/posts`. New posts start as drafts unless `status` says otherwise. */
export interface CreatePostRequest {
  /** @example "Designing APIs schema-first" */
  title: string & MinLength<3> & MaxLength<200>;
  /** Markdown. */
  body: string & MinLength<1> & MaxLength<100000>;
  excerpt?: (string & MaxLength<500>) | null;
  status?: PostStatus;
}

/** Body of `PUT /api/posts/:id`: the full editable content. */
export interface UpdatePostRequest {
  title: string & MinLength<3> & MaxLength<200>;
  body: string & MinLength<1> & MaxLength<100000>;
  excerpt: (string & MaxLength<500>) | null;
}

/** Body of `POST /api/posts/:post_id/comments` and `PUT /api/comments/:id`. */
export interface CommentRequest {
  /** @example "Great write-up, thanks!" */
  body: string & MinLength<1> & MaxLength<5000>;
}
