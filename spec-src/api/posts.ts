import type { Api, Endpoint, MaxLength, NoContent, Paginated, UUID } from "specloom";
import type { CreatePostRequest, UpdatePostRequest } from "../dto/posts";
import type { Post, PostStatus } from "../models/post";

/** Writing and reading posts. */
export interface PostsApi extends Api<{ prefix: "/api/posts"; tag: "Posts" }> {
  /**
   * List posts, newest first. Anonymous readers see only published posts;
   * `status: "draft"` returns the caller's own drafts.
   * @implements FR-6
   */
  listPosts: Endpoint<{
    method: "GET";
    path: "/";
    query: {
      status?: PostStatus;
      /** Only posts by this author. */
      author_id?: UUID;
      /** Full-text match on title and body. */
      search?: string & MaxLength<100>;
      /** @deprecated Use `search`; kept for v0 clients until 2026-06. */
      q?: string & MaxLength<100>;
    };
    auth: "public";
    pagination: { defaultLimit: 20; maxLimit: 100 };
    responses: { 200: Paginated<Post>; 400: "Invalid query parameters" };
    handler: "PostService.listPosts";
  }>;

  /**
   * Get a published post, or one of the caller's drafts.
   * @implements FR-6
   */
  getPost: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: "public";
    responses: { 200: Post; 404: "Post not found" };
    handler: "PostService.getPostById";
  }>;

  /**
   * Write a new post; it belongs to the caller.
   * @implements FR-5
   */
  createPost: Endpoint<{
    method: "POST";
    path: "/";
    body: CreatePostRequest;
    auth: "authenticated";
    responses: { 201: Post; 400: "Validation error"; 401: "Unauthorized (no token)" };
    rateLimit: "30/hour per user";
    handler: "PostService.createPost";
  }>;

  /**
   * Replace a post's content. Authors edit their own posts; admins any post.
   * @implements FR-5
   */
  updatePost: Endpoint<{
    method: "PUT";
    path: "/:id";
    params: { id: UUID };
    body: UpdatePostRequest;
    auth: { roles: ["user", "admin"]; ownership: { param: "id"; field: "user_id"; bypass: ["admin"] } };
    responses: {
      200: Post;
      400: "Validation error";
      401: "Unauthorized (no token)";
      403: "Forbidden (not your post)";
      404: "Post not found";
    };
    handler: "PostService.updatePost";
  }>;

  /**
   * Publish a draft; sets `published_at`.
   * @implements FR-5
   */
  publishPost: Endpoint<{
    method: "POST";
    path: "/:id/publish";
    params: { id: UUID };
    auth: { roles: ["user", "admin"]; ownership: { param: "id"; field: "user_id"; bypass: ["admin"] } };
    responses: {
      200: Post;
      401: "Unauthorized (no token)";
      403: "Forbidden (not your post)";
      404: "Post not found";
      409: "Post is already published";
    };
    handler: "PostService.publishPost";
  }>;

  /**
   * Delete a post and its comments.
   * @implements FR-5
   */
  deletePost: Endpoint<{
    method: "DELETE";
    path: "/:id";
    params: { id: UUID };
    auth: { roles: ["user", "admin"]; ownership: { param: "id"; field: "user_id"; bypass: ["admin"] } };
    responses: {
      204: NoContent;
      401: "Unauthorized (no token)";
      403: "Forbidden (not your post)";
      404: "Post not found";
    };
    handler: "PostService.deletePost";
  }>;
}
