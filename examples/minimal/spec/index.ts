import type {
  Api,
  AuthConfig,
  DateTime,
  Default,
  Endpoint,
  Entity,
  MaxLength,
  MinLength,
  Paginated,
  PrimaryKey,
  ReadOnly,
  UUID,
} from "specloom";

/** A to-do item. */
export interface Task extends Entity<{ timestamps: true; indexes: [{ columns: ["done", ["created_at", "desc"]] }] }> {
  /** Task identifier. */
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  /**
   * What needs doing.
   * @example "Water the plants"
   */
  title: string & MinLength<1> & MaxLength<200>;
  /** Finished or not. */
  done: boolean & Default<false>;
  /** Optional deadline. */
  due_at?: DateTime | null;
}

/** Body of `POST /api/tasks`. */
export interface CreateTaskRequest {
  title: string & MinLength<1> & MaxLength<200>;
  due_at?: DateTime | null;
}

/** The task list. */
export interface TasksApi extends Api<{ prefix: "/api/tasks"; tag: "Tasks" }> {
  /** List tasks, newest first. */
  listTasks: Endpoint<{
    method: "GET";
    path: "/";
    query: { done?: boolean };
    auth: "authenticated";
    pagination: { defaultLimit: 20; maxLimit: 100 };
    responses: { 200: Paginated<Task>; 400: "Invalid query parameters"; 401: "Not signed in" };
  }>;

  /** Add a task. */
  createTask: Endpoint<{
    method: "POST";
    path: "/";
    body: CreateTaskRequest;
    auth: "authenticated";
    responses: { 201: Task; 400: "Validation error"; 401: "Not signed in" };
  }>;
}

/** Sign-in with short-lived JWTs. */
export const auth = {
  strategy: "jwt",
  algorithm: "HS256",
  secret: { env: "JWT_SECRET", description: "Signing key, at least 32 random bytes" },
  accessToken: { ttl: "1h" },
  passwordHashing: { algorithm: "bcrypt", rounds: 12 },
  roles: ["user"],
} satisfies AuthConfig;
