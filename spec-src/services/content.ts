import type { Paginated, Service, UUID } from "specloom";
import type { CommentRequest, CreatePostRequest, UpdatePostRequest } from "../dto/posts";
import type { Comment } from "../models/comment";
import type { Post, PostStatus } from "../models/post";
import type { User } from "../models/user";

/** Query of `PostService.listPosts`. */
export interface ListPostsQuery {
  status?: PostStatus;
  author_id?: UUID;
  search?: string;
  page: number;
  limit: number;
}

/** Writing and publishing posts. List responses use the `api_responses` cache. */
export interface PostService extends Service<{ dependencies: [Post, User, "api_responses"] }> {
  /**
   * Published posts, or the viewer's drafts when `status` is `draft`.
   * @implements FR-6
   */
  listPosts(query: ListPostsQuery, viewerId: UUID | null): Promise<Paginated<Post>>;

  /**
   * Get a published post, or a draft of the viewer.
   * @throws NotFoundError if the post doesn't exist or is a draft of someone else
   */
  getPostById(id: UUID, viewerId: UUID | null): Promise<Post>;

  /**
   * Create a post owned by the author.
   * @implements FR-5
   * @throws ValidationError if data invalid
   */
  createPost(authorId: UUID, data: CreatePostRequest): Promise<Post>;

  /**
   * Replace title, body and excerpt.
   * @throws NotFoundError if the post doesn't exist
   * @throws ForbiddenError if the caller is neither the author nor an admin
   * @throws ValidationError if data invalid
   */
  updatePost(id: UUID, data: UpdatePostRequest): Promise<Post>;

  /**
   * Publish a draft.
   * @implements FR-5
   * @throws NotFoundError if the post doesn't exist
   * @throws ConflictError if it is already published
   */
  publishPost(id: UUID): Promise<Post>;

  /**
   * Delete a post and, by cascade, its comments.
   * @throws NotFoundError if the post doesn't exist
   * @transactional
   */
  deletePost(id: UUID): Promise<void>;
}

/** Comments on posts. */
export interface CommentService extends Service<{ dependencies: [Comment, Post, User] }> {
  /**
   * Comments of a published post, oldest first.
   * @throws NotFoundError if the post doesn't exist or is not published
   */
  listComments(postId: UUID, page: number, limit: number): Promise<Paginated<Comment>>;

  /**
   * Add a comment.
   * @implements FR-7
   * @throws NotFoundError if the post doesn't exist or is not published
   * @throws ValidationError if the body is empty or too long
   */
  addComment(postId: UUID, authorId: UUID, data: CommentRequest): Promise<Comment>;

  /**
   * Edit a comment.
   * @throws NotFoundError if the comment doesn't exist
   * @throws ValidationError if the body is empty or too long
   */
  updateComment(id: UUID, data: CommentRequest): Promise<Comment>;

  /**
   * Delete a comment.
   * @throws NotFoundError if the comment doesn't exist
   */
  deleteComment(id: UUID): Promise<void>;
}
