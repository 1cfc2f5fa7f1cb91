/**
 * The plugin inside a real tsserver, driven over its protocol as an editor does:
 * open a spec file, ask for its semantic diagnostics, see specloom's at the faulty
 * text, fix it (by an edit or through the plugin's code fix), see it go.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { TsServer, type CodeEdit, type CodeFix, type Location, type ProtocolDiagnostic } from "./tsserver-client";

const REPO = path.resolve(__dirname, "../../..");

const MODELS = `import type { Entity, UUID, PrimaryKey, BelongsTo, HasMany } from "specloom";

export interface User extends Entity<{ timestamps: true }> {
  id: UUID & PrimaryKey;
  name: string;
  posts: HasMany<Post>;
}

export interface Post extends Entity {
  id: UUID & PrimaryKey;
  title: string;
  author_id: BelongsTo<User>;
}
`;

const API = `import type { Api, Endpoint, UUID } from "specloom";
import type { User } from "./models";

export interface UsersApi extends Api<{ prefix: "/api/users"; tag: "Users" }> {
  getUser: Endpoint<{
    method: "GET";
    path: "/:id";
    auth: "public";
    responses: { 200: User; 404: "User not found" };
  }>;
}
`;

let dir: string;
let server: TsServer;
const texts = new Map<string, string>();
const file = (name: string) => path.join(dir, "spec-src", name);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-ts-plugin-"));
  fs.mkdirSync(path.join(dir, "spec-src"));
  fs.mkdirSync(path.join(dir, "node_modules"));
  // What `npm i -D specloom` gives a project: the authoring types under node_modules.
  fs.symlinkSync(path.join(REPO, "packages", "specloom"), path.join(dir, "node_modules", "specloom"), "junction");
  const tsconfig = {
    compilerOptions: {
      strict: true,
      noEmit: true,
      module: "esnext",
      moduleResolution: "bundler",
      target: "es2022",
      plugins: [{ name: "@specloom/ts-plugin" }],
    },
    include: ["spec-src"],
  };
  fs.writeFileSync(path.join(dir, "tsconfig.json"), JSON.stringify(tsconfig));
  fs.writeFileSync(path.join(dir, "specloom.config.json"), JSON.stringify({ entry: "spec-src/index.ts", sql: { autoIndexForeignKeys: false } }));
  fs.writeFileSync(file("index.ts"), `export * from "./models";\nexport * from "./api";\n`);
  fs.writeFileSync(file("models.ts"), MODELS);
  fs.writeFileSync(file("api.ts"), API);
  // tsserver finds plugins beside its own typescript package, as VS Code's "use workspace TypeScript" does.
  server = new TsServer(process.env.TSSERVER_LOG);
  for (const [name, text] of [
    ["models.ts", MODELS],
    ["api.ts", API],
  ] as const) {
    texts.set(file(name), text);
    await server.request("open", { file: file(name), fileContent: text, projectRootPath: dir });
  }
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const diagnostics = (name: string) => server.request<ProtocolDiagnostic[]>("semanticDiagnosticsSync", { file: file(name), includeLinePosition: false });
const specloom = async (name: string, code: number) => (await diagnostics(name)).filter((d) => d.source === "specloom" && d.code === code);

/** 1-based line and offset of the `nth` occurrence of `needle` in the file's current text. */
function locate(name: string, needle: string): Location {
  const text = texts.get(file(name))!;
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`'${needle}' is not in ${name}`);
  const before = text.slice(0, index).split("\n");
  return { line: before.length, offset: before[before.length - 1]!.length + 1 };
}

function offsetOf(text: string, at: Location): number {
  const lines = text.split("\n");
  return lines.slice(0, at.line - 1).reduce((n, l) => n + l.length + 1, 0) + at.offset - 1;
}

/** Applies edits to the editor's copy and to tsserver's (last first, as tsserver does). */
async function edit(name: string, edits: readonly CodeEdit[]): Promise<void> {
  let text = texts.get(file(name))!;
  for (const e of [...edits].reverse()) text = text.slice(0, offsetOf(text, e.start)) + e.newText + text.slice(offsetOf(text, e.end));
  texts.set(file(name), text);
  await server.request("updateOpen", { changedFiles: [{ fileName: file(name), textChanges: edits }] });
}

async function replace(name: string, from: string, to: string): Promise<void> {
  const start = locate(name, from);
  await edit(name, [{ start, end: { line: start.line, offset: start.offset + from.length }, newText: to }]);
}

async function applyFix(name: string, d: ProtocolDiagnostic, wanted: RegExp): Promise<CodeFix> {
  const fixes = await server.request<CodeFix[]>("getCodeFixes", {
    file: file(name),
    startLine: d.start.line,
    startOffset: d.start.offset,
    endLine: d.end.line,
    endOffset: d.end.offset,
    errorCodes: [d.code],
  });
  const fix = fixes.find((f) => wanted.test(f.description));
  if (!fix) throw new Error(`no fix matching ${wanted} among: ${fixes.map((f) => f.description).join("; ")}`);
  for (const change of fix.changes) await edit(path.basename(change.fileName), change.textChanges);
  return fix;
}

test("a rule diagnostic appears on the faulty option and goes once the spec is fixed", async () => {
  const [mismatch, ...more] = await specloom("api.ts", 4011);
  expect(more).toEqual([]);
  expect(mismatch?.category).toBe("error");
  expect(mismatch?.text).toBe("Path parameter 'id' of 'GET /api/users/:id' is in the path but not declared in params.");
  // On `path`, the option at fault, underlined whole, not on the endpoint's name.
  const at = locate("api.ts", 'path: "/:id"');
  expect(mismatch?.start).toEqual(at);
  expect(mismatch?.end).toEqual({ line: at.line, offset: at.offset + "path".length });

  await replace("api.ts", 'path: "/:id";', 'path: "/:id";\n    params: { id: UUID };');
  expect(await specloom("api.ts", 4011)).toEqual([]);
});

test("code fix: an index for a foreign key", async () => {
  const [missing] = await specloom("models.ts", 4005);
  expect(missing?.category).toBe("warning");
  expect(missing?.start).toEqual(locate("models.ts", "author_id"));
  await applyFix("models.ts", missing!, /^Add an index on \(author_id\) to 'Post'$/);
  expect(texts.get(file("models.ts"))).toContain(`export interface Post extends Entity<{ indexes: [{ columns: ["author_id"] }] }> {`);
  expect(await specloom("models.ts", 4005)).toEqual([]);
});

test("code fix: did you mean, for a misspelt option key", async () => {
  await replace("models.ts", "timestamps: true", "timestamp: true");
  const [unknown] = await specloom("models.ts", 3014);
  expect(unknown?.text).toMatch(/^Unknown key 'timestamp' in EntityOptions\. Did you mean 'timestamps'\?$/);
  expect(unknown?.start).toEqual(locate("models.ts", "timestamp: true"));
  expect(unknown?.end.offset).toBe(unknown!.start.offset + "timestamp".length);
  // TypeScript's "no properties in common" (TS2559) on the same options says less: specloom's replaces it.
  expect((await diagnostics("models.ts")).filter((d) => d.start.line === unknown!.start.line).map((d) => d.code)).toEqual([3014]);
  await applyFix("models.ts", unknown!, /^Change 'timestamp' to 'timestamps'$/);
  expect(texts.get(file("models.ts"))).toContain("Entity<{ timestamps: true }>");
  expect(await specloom("models.ts", 3014)).toEqual([]);
});

test("code fix: the missing BelongsTo of a HasMany", async () => {
  await replace("models.ts", "  author_id: BelongsTo<User>;\n", "");
  await replace("models.ts", '{ indexes: [{ columns: ["author_id"] }] }', "{}");
  const [inverse] = await specloom("models.ts", 3021);
  expect(inverse?.start).toEqual(locate("models.ts", "posts: HasMany<Post>"));
  await applyFix("models.ts", inverse!, /^Add 'user_id: BelongsTo<User>' to 'Post'$/);
  expect(texts.get(file("models.ts"))).toContain("  title: string;\n  user_id: BelongsTo<User>;\n}");
  expect(await specloom("models.ts", 3021)).toEqual([]);
});

test("one report per mistake: a declaration TypeScript rejects gets TypeScript's error only", async () => {
  await replace("models.ts", "  user_id: BelongsTo<User>;", "  user_id: BelongsTo<Usr>;");
  const all = await diagnostics("models.ts");
  const at = locate("models.ts", "user_id: BelongsTo<Usr>").line;
  const onLine = all.filter((d) => d.start.line === at);
  // TypeScript's "Cannot find name 'Usr'. Did you mean 'User'?", not also specloom's "targets 'Usr', which is not a model".
  expect(onLine.map((d) => [d.source ?? "ts", d.code])).toEqual([["ts", 2552]]);
});
