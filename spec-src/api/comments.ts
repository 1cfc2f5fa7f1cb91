import type { Api, Endpoint, NoContent, Paginated, UUID } from "specloom";
import type { CommentRequest } from "../dto/posts";
import type { Comment } from "../models/comment";

/** Comments on posts: listed and created under the post, edited and deleted by id. */
export interface CommentsApi extends Api<{ prefix: "/api"; tag: "Comments" }> {
  /**
   * List a published post's comments, oldest first.
   * @implements FR-7
   */
  listComments: Endpoint<{
    method: "GET";
    path: "/posts/:post_id/comments";
    params: { post_id: UUID };
    auth: "public";
    pagination: { defaultLimit: 20; maxLimit: 100 };
    responses: { 200: Paginated<Comment>; 400: "Invalid query parameters"; 404: "Post not found" };
    handler: "CommentService.listComments";
  }>;

  /**
   * Comment on a published post.
   * @implements FR-7
   */
  createComment: Endpoint<{
    method: "POST";
    path: "/posts/:post_id/comments";
    params: { post_id: UUID };
    body: CommentRequest;
    auth: "authenticated";
    responses: {
      201: Comment;
      400: "Validation error";
      401: "Unauthorized (no token)";
      404: "Post not found or not published";
    };
    rateLimit: "10/min per user";
    handler: "CommentService.addComment";
  }>;

  /**
   * Edit one's own comment.
   * @implements FR-7
   */
  updateComment: Endpoint<{
    method: "PUT";
    path: "/comments/:id";
    params: { id: UUID };
    body: CommentRequest;
    auth: { roles: ["user", "admin"]; ownership: { param: "id"; field: "user_id"; bypass: ["admin"] } };
    responses: {
      200: Comment;
      400: "Validation error";
      401: "Unauthorized (no token)";
      403: "Forbidden (not your comment)";
      404: "Comment not found";
    };
    handler: "CommentService.updateComment";
  }>;

  /**
   * Delete a comment. Authors delete their own; admins moderate any.
   * @implements FR-7
   */
  deleteComment: Endpoint<{
    method: "DELETE";
    path: "/comments/:id";
    params: { id: UUID };
    auth: { roles: ["user", "admin"]; ownership: { param: "id"; field: "user_id"; bypass: ["admin"] } };
    responses: {
      204: NoContent;
      401: "Unauthorized (no token)";
      403: "Forbidden (not your comment)";
      404: "Comment not found";
    };
    handler: "CommentService.deleteComment";
  }>;
}
