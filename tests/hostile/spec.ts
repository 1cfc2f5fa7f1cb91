/**
 * A small but complete spec whose string positions are filled from a
 * position -> string map: every position is either benign or hostile.
 */
import { tsStringLiteral } from "@specloom/core";
import { hostileString, type Rng } from "./strings";

/** Every string position the spec below exposes, and its benign value. */
export const POSITIONS = {
  projectName: "Hostile Project",
  modelDoc: "An author.",
  fieldDoc: "The author's name.",
  fieldExample: "Ada",
  table: "authors",
  secondTable: "posts",
  column: "display_name",
  stringDefault: "anonymous",
  enumValue: "draft",
  enumValue2: "published",
  relationLabel: "writer",
  patternMessage: "lowercase letters only",
  apiTag: "Posts",
  apiDoc: "Post management.",
  operationDoc: "Create a post.",
  operationName: "createPost",
  pathSegment: "drafts",
  errorReason: "Validation failed",
  notFoundReason: "Post not found",
  propertyName: "subtitle",
  schemaDoc: "Body of the create call.",
  schemaName: "CreatePostRequest",
  envExample: "https://example.com",
  envDescription: "Public URL of the app",
  secretDescription: "Signing key",
  migration: "npm run migrate",
  serviceDoc: "Publishes posts.",
  throwsText: "if the post does not exist",
  indexWhere: "title <> ''",
  integrationName: "Mailer",
  integrationPurpose: "Sends transactional email",
  mailKeyExample: "key-123",
  settingValue: "eu-west-1",
  jobName: "Digest",
  jobStep: "Collect new posts",
  eventName: "post.published",
} as const;

export type Position = keyof typeof POSITIONS;
export type Values = Record<Position, string>;

/** Names that are valid TS identifiers but special somewhere: JS reserved in strict mode, prototype members, TypeBox's own names. */
export const SPECIAL_NAMES = [
  "eval",
  "arguments",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "Type",
  "Static",
  "string",
  "default",
  "await",
  "yield",
  "let",
  "static",
  "Object",
  "ErrorResponse",
];

/** Positions whose hostile value commonly fails validation: drawn less often, so other positions get exercised. */
const NAME_POSITIONS: ReadonlySet<Position> = new Set(["table", "secondTable", "column", "operationName", "pathSegment", "propertyName"]);

export function drawValues(r: Rng, nul: number): Values {
  const out = { ...POSITIONS } as Record<Position, string>;
  for (const key of Object.keys(POSITIONS) as Position[]) {
    // SQL written by the spec: a random hostile string is always rejected, so only named cases set it.
    if (key === "indexWhere") continue;
    if (key === "schemaName" || key === "operationName") {
      if (r() < 0.3) out[key] = SPECIAL_NAMES[Math.floor(r() * SPECIAL_NAMES.length)]!;
      if (key === "schemaName") continue;
    }
    const p = NAME_POSITIONS.has(key) ? 0.15 : 0.6;
    if (r() < p) out[key] = hostileString(r, { nul });
  }
  return out;
}

/** A JSDoc body: each line behind ` * `. `*\/` cannot be written in a comment, so it is broken. */
function doc(text: string, indent = ""): string {
  const lines = text.replace(/\*\//g, "* /").split(/\r\n|[\r\n\u2028\u2029]/);
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`).join("\n")}\n${indent} */`;
}

const lit = (s: string) => tsStringLiteral(s);
/** A property name: bare when it is an identifier, else quoted. */
const prop = (s: string) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) ? s : lit(s));

export function specSource(v: Values): string {
  return `import type { Api, AuthConfig, IntegrationsConfig, JobsConfig, BelongsTo, Column, Default, DeploymentConfig, Endpoint, Entity, HasMany, MaxLength, Pattern, PrimaryKey, ReadOnly, Service, UUID } from "specloom";

${doc(v.modelDoc)}
export interface Author extends Entity<{ table: ${lit(v.table)}; timestamps: true }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
${doc(`${v.fieldDoc}\n@example ${JSON.stringify(v.fieldExample)}`, "  ")}
  name: string & MaxLength<200> & Column<${lit(v.column)}> & Default<${lit(v.stringDefault)}>;
  status: PostStatus;
  posts: HasMany<Post>;
}

export type PostStatus = ${lit(v.enumValue)} | ${lit(v.enumValue2)} | "archived";

export interface Post extends Entity<{ table: ${lit(v.secondTable)}; indexes: [{ columns: ["title"]; where: ${lit(v.indexWhere)} }] }> {
  id: UUID & PrimaryKey & ReadOnly & Default<"gen_random_uuid()">;
  author_id: BelongsTo<Author, { as: ${lit(v.relationLabel)}; onDelete: "cascade" }>;
  title: string & MaxLength<120> & Pattern<"^[a-z]+$", ${lit(v.patternMessage)}>;
  labels: PostStatus[];
}

${doc(v.schemaDoc)}
export interface ${v.schemaName} {
  title: string & MaxLength<120>;
  ${prop(v.propertyName)}?: string;
  status: PostStatus;
}

${doc(v.apiDoc)}
export interface PostsApi extends Api<{ prefix: "/api/posts"; tag: ${lit(v.apiTag)} }> {
${doc(v.operationDoc, "  ")}
  ${prop(v.operationName)}: Endpoint<{
    method: "POST";
    path: ${lit(`/${v.pathSegment}`)};
    body: ${v.schemaName};
    auth: "authenticated";
    handler: "PostService.publish";
    responses: { 201: Post; 400: ${lit(v.errorReason)}; 401: "Not signed in" };
  }>;
  getPost: Endpoint<{
    method: "GET";
    path: "/:id";
    params: { id: UUID };
    auth: "public";
    responses: { 200: Post; 404: ${lit(v.notFoundReason)} };
  }>;
}

${doc(v.serviceDoc)}
export interface PostService extends Service<{ dependencies: [Post] }> {
${doc(`Publish a post.\n@throws NotFoundError ${v.throwsText}`, "  ")}
  publish(data: ${v.schemaName}): Promise<Post>;
}

export const auth = {
  strategy: "jwt",
  algorithm: "HS256",
  secret: { env: "JWT_SECRET", description: ${lit(v.secretDescription)} },
  accessToken: { ttl: "1h" },
  passwordHashing: { algorithm: "bcrypt", rounds: 12 },
  roles: ["user"],
} satisfies AuthConfig;

export const integrations = {
  mailer: {
    name: ${lit(v.integrationName)},
    purpose: ${lit(v.integrationPurpose)},
    env: [{ env: "MAIL_KEY", example: ${lit(v.mailKeyExample)} }],
    settings: { region: ${lit(v.settingValue)} },
  },
} satisfies IntegrationsConfig;

export const jobs = {
  digest: {
    name: ${lit(v.jobName)},
    trigger: { event: ${lit(v.eventName)} },
    steps: [${lit(v.jobStep)}],
    retry: { attempts: 3, backoff: "exponential" },
  },
} satisfies JobsConfig;

export const deployment = {
  env: [
    { env: "APP_URL", example: ${lit(v.envExample)}, description: ${lit(v.envDescription)} },
    { env: "PORT", example: "3000" },
  ],
  migrations: [${lit(v.migration)}],
} satisfies DeploymentConfig;
`;
}

export function configSource(v: Values): string {
  const config = { entry: "spec/index.ts", projectName: v.projectName, documentationDir: "docs", documentationLanguage: "en" };
  return JSON.stringify(config, null, 2) + "\n";
}
