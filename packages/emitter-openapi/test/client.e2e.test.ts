/**
 * The typed client of spec-src: compiled with `tsc --strict` together with a caller (whose `@ts-expect-error`
 * lines prove the types reject wrong input), then run against a small HTTP server on the loopback.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import type { AddressInfo } from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { api, buildRangedResponsesIr, compileSpec, endpoint, field, REPO_ROOT, response, responsesApiConfig, spec, t } from "@specloom/test-support";
import { buildOpenApi, clientEmitter, CLIENT_FILE } from "../src";

const CALLER = `import { createClient, UndeclaredStatusError } from "./client";

export async function scenario(baseUrl: string): Promise<string[]> {
  const api = createClient({ baseUrl, headers: { authorization: "Bearer test-token" } });
  const seen: string[] = [];

  const user = await api.getUser({ path: { id: "0b5f8a52-2d4b-4c89-a1e4-5f1a4f1e9c01" } });
  if (user.status === 200) {
    const email: string = user.data.user.email;
    seen.push(\`getUser 200 \${email}\`);
  } else if (user.status === 404) {
    const code: string = user.data.error.code;
    seen.push(\`getUser 404 \${code}\`);
  }

  const list = await api.listUsers({ query: { role: "admin", page: 2, limit: 5 } });
  if (list.status === 200) seen.push(\`listUsers 200 \${list.data.data.length} of \${list.data.pagination.total}\`);

  const post = await api.createPost({ body: { title: "Hello", body: "A first post.", status: "draft" } });
  if (post.status === 201) seen.push(\`createPost 201 \${post.data.title}\`);

  const missing = await api.getUser({ path: { id: "00000000-0000-0000-0000-000000000000" } });
  if (missing.status === 404) seen.push(\`getUser 404 \${missing.data.error.code}\`);

  try {
    await api.getCurrentUser();
  } catch (e) {
    if (e instanceof UndeclaredStatusError) seen.push(\`getCurrentUser undeclared \${e.status}\`);
  }
  return seen;
}

export function typeErrors(baseUrl: string): void {
  const api = createClient({ baseUrl });
  // @ts-expect-error the path parameter is required
  void api.getUser({});
  // @ts-expect-error page is a number
  void api.listUsers({ query: { page: "2" } });
  // @ts-expect-error role is one of the Role values
  void api.listUsers({ query: { role: "root" } });
  // @ts-expect-error the body needs a title
  void api.createPost({ body: { body: "no title" } });
  void api.getUser({ path: { id: "x" } }).then((r) => {
    // @ts-expect-error 201 is not a declared status of getUser
    if (r.status === 201) return;
  });
}
`;

const received: { method?: string; url?: string; auth?: string; body: string }[] = [];

function serve(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
  received.push({ method: req.method, url: req.url, auth: req.headers.authorization, body });
  const json = (status: number, value: unknown) => {
    res.writeHead(status, { "content-type": "application/json" });
    res.end(JSON.stringify(value));
  };
  const user = { id: "0b5f8a52-2d4b-4c89-a1e4-5f1a4f1e9c01", email: "ada@example.com", name: "Ada", role: "admin", created_at: "2025-01-01T00:00:00Z" };
  const url = new URL(req.url ?? "/", "http://127.0.0.1");
  if (url.pathname === "/api/users/0b5f8a52-2d4b-4c89-a1e4-5f1a4f1e9c01") return json(200, { user });
  if (url.pathname.startsWith("/api/users/0000")) return json(404, { error: { code: "USER_NOT_FOUND", message: "User not found" } });
  if (url.pathname === "/api/users" && req.method === "GET")
    return json(200, { data: [user], pagination: { page: 2, limit: 5, total: 6, total_pages: 2 } });
  if (url.pathname === "/api/posts" && req.method === "POST") return json(201, { ...(JSON.parse(body) as object), id: "p1" });
  return json(418, { error: { code: "TEAPOT", message: "not declared" } });
}

/** Compiles client.ts and a caller with tsc at its strictest (as users' projects may be) into `dir`/out. */
function compileClient(dir: string, client: string, caller: string): void {
  fs.writeFileSync(path.join(dir, "client.ts"), client);
  fs.writeFileSync(path.join(dir, "caller.ts"), caller);
  const compilerOptions = {
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    target: "es2022",
    module: "commonjs",
    lib: ["es2022", "dom"],
    types: [],
    outDir: "out",
  };
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["client.ts", "caller.ts"] }));
  const tsc = path.join(REPO_ROOT, "node_modules", "typescript", "bin", "tsc");
  const compiled = spawnSync(process.execPath, [tsc, "-p", "."], { cwd: dir, encoding: "utf8" });
  expect(compiled.stdout + compiled.stderr).toBe("");
  expect(compiled.status).toBe(0);
}

test("the generated client compiles under tsc --strict and calls a local server with typed input and output", async () => {
  const spec = compileSpec("spec-src", REPO_ROOT);
  if (!spec.ir) throw new Error(`spec-src did not compile: ${spec.problem}`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-client-"));
  const result = await clientEmitter.emit({ ir: spec.ir, config: spec.config, language: "en" });
  expect(result.files.map((f) => f.path)).toEqual([CLIENT_FILE]);
  compileClient(dir, result.files[0]?.content ?? "", CALLER);

  // Every operation of the OpenAPI document has its method.
  const operationIds = Object.values(buildOpenApi(spec.ir, spec.config).paths ?? {}).flatMap((item) =>
    Object.values(item as Record<string, { operationId?: string }>).flatMap((op) => (op.operationId ? [op.operationId] : [])),
  );
  const content = result.files[0]?.content ?? "";
  for (const id of operationIds) expect(content).toContain(`    ${id}: (input`);

  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => serve(req, res, body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;

    const caller = require(path.join(dir, "out", "caller.js")) as { scenario: (baseUrl: string) => Promise<string[]> };
    expect(await caller.scenario(`http://127.0.0.1:${port}`)).toEqual([
      "getUser 200 ada@example.com",
      "listUsers 200 1 of 6",
      "createPost 201 Hello",
      "getUser 404 USER_NOT_FOUND",
      "getCurrentUser undeclared 418",
    ]);
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  expect(received[0]).toMatchObject({ method: "GET", url: "/api/users/0b5f8a52-2d4b-4c89-a1e4-5f1a4f1e9c01", auth: "Bearer test-token" });
  expect(received[1]).toMatchObject({ method: "GET", url: "/api/users?role=admin&page=2&limit=5" });
  expect(received[2]).toMatchObject({ method: "POST", url: "/api/posts" });
  expect(JSON.parse(received[2]?.body ?? "")).toEqual({ title: "Hello", body: "A first post.", status: "draft" });
});

const RANGES_CALLER = `import { createClient } from "./client";

export async function scenario(baseUrl: string): Promise<string[]> {
  const api = createClient({ baseUrl });
  const seen: string[] = [];
  for (let i = 0; i < 4; i++) {
    const r = await api.listJobs();
    if (r.status === 200) seen.push(\`200 \${r.data.length}\`);
    else {
      // A range's or default's status is the number the server sent.
      const status: number = r.status;
      seen.push(\`\${status} \${r.ok}\`);
    }
  }
  return seen;
}

export function typeErrors(baseUrl: string): void {
  void createClient({ baseUrl }).listJobs().then((r) => {
    // @ts-expect-error a status is a number, never the key "4XX"
    if (r.status === "4XX") return;
  });
}
`;

test("ranges and default: the client takes any status of a declared class or, failing that, default", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-client-ranges-"));
  const result = await clientEmitter.emit({ ir: buildRangedResponsesIr(), config: responsesApiConfig(), language: "en" });
  compileClient(dir, result.files[0]?.content ?? "", RANGES_CALLER);
  const answers = [200, 418, 503, 304];
  const server = http.createServer((_req, res) => {
    const status = answers.shift() ?? 500;
    res.writeHead(status, status === 304 ? {} : { "content-type": "application/json" });
    res.end(status === 304 ? undefined : JSON.stringify(status === 200 ? [] : { message: "no" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    const { port } = server.address() as AddressInfo;
    const caller = require(path.join(dir, "out", "caller.js")) as { scenario: (baseUrl: string) => Promise<string[]> };
    // 418 is the 4XX range's, 503 the 5XX range's; 304 has no range of its own here: default.
    expect(await caller.scenario(`http://127.0.0.1:${port}`)).toEqual(["200 0", "418 false", "503 false", "304 false"]);
  } finally {
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

const METHODS_CALLER = `import { createClient } from "./client";

export async function scenario(baseUrl: string): Promise<string[]> {
  const api = createClient({ baseUrl });
  const seen: string[] = [];
  const head = await api.headItem({ path: { id: "a1" } });
  if (head.status === 200) seen.push(\`headItem 200 \${String(head.data)} \${head.response.headers.get("etag") ?? ""}\`);
  const options = await api.itemOptions();
  if (options.status === 204) seen.push(\`itemOptions 204 \${options.response.headers.get("allow") ?? ""}\`);
  const tags = await api.itemTags({ path: { id: "a1" } });
  if (tags.status === 200) seen.push(\`itemTags 200 \${tags.data.join(",")}\`);
  const uploads = await api.itemUploads({ query: { limit: 2 } });
  if (uploads.status === 200) seen.push(\`itemUploads 200 \${uploads.data.join(",")}\`);
  return seen;
}
`;

test("HEAD and OPTIONS operations and AWS-style #fragment/?query paths are methods of the client; TRACE is left out with a warning", async () => {
  const ok = (type?: ReturnType<typeof t.array>) => [type ? response(200, type) : { ...response(200), noBody: true as const }];
  const ir = spec({
    apis: [
      api("ItemsApi", "/api/items", "Items", [
        endpoint("headItem", "HEAD", "/api/items/:id", { params: [field("id", t.str())], responses: ok() }),
        endpoint("itemOptions", "OPTIONS", "/api/items", { responses: [{ ...response(204), noBody: true as const }] }),
        endpoint("itemTags", "GET", "/api/items/:id#tagKeys", { params: [field("id", t.str())], responses: ok(t.array(t.str())) }),
        endpoint("itemUploads", "GET", "/api/items?uploads&list-type=2", {
          query: [field("limit", t.int(), { optional: true })],
          responses: ok(t.array(t.str())),
        }),
        endpoint("traceItems", "TRACE", "/api/items", { responses: ok() }),
      ]),
    ],
  });
  const result = await clientEmitter.emit({ ir, config: responsesApiConfig(), language: "en" });
  expect(result.diagnostics?.map((d) => `${d.code} ${d.message}`)).toEqual([
    "SL5050 client.ts has no method for 'traceItems' (TRACE /api/items): fetch refuses to send TRACE requests.",
  ]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-client-methods-"));
  try {
    compileClient(dir, result.files[0]?.content ?? "", METHODS_CALLER);
    const requests: string[] = [];
    const server = http.createServer((req, res) => {
      requests.push(`${req.method} ${req.url}`);
      if (req.method === "HEAD") res.writeHead(200, { etag: '"v1"' }).end();
      else if (req.method === "OPTIONS") res.writeHead(204, { allow: "GET, HEAD, OPTIONS" }).end();
      else res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(req.url?.includes("uploads") ? ["u1", "u2"] : ["t1"]));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const caller = require(path.join(dir, "out", "caller.js")) as { scenario: (baseUrl: string) => Promise<string[]> };
      expect(await caller.scenario(`http://127.0.0.1:${port}`)).toEqual([
        'headItem 200 undefined "v1"',
        "itemOptions 204 GET, HEAD, OPTIONS",
        "itemTags 200 t1",
        "itemUploads 200 u1,u2",
      ]);
    } finally {
      server.close();
    }
    // The fragment never leaves the client; the path's own query comes first, then the parameters.
    expect(requests).toEqual(["HEAD /api/items/a1", "OPTIONS /api/items", "GET /api/items/a1", "GET /api/items?uploads=&list-type=2&limit=2"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
