/**
 * The plugin's analysis without an editor: it reads a program someone else built, caches
 * per program, and the fallback for another TypeScript version finds the same diagnostics.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { compileProject } from "@specloom/frontend";
import { analyze, diagnosticsIn } from "../src/analysis";
import { ProjectConfigs } from "../src/project";

const SPEC = `import type { Api, Endpoint, Entity, UUID, PrimaryKey, BelongsTo, HasMany } from "specloom";

export interface User extends Entity {
  id: UUID & PrimaryKey;
  posts: HasMany<Post>;
}

export interface Post extends Entity {
  id: UUID & PrimaryKey;
  author_id: BelongsTo<User>;
}

export interface UsersApi extends Api<{ prefix: "/users" }> {
  getUser: Endpoint<{ method: "GET"; path: "/:id"; auth: "public"; responses: { 200: User } }>;
}
`;

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-ts-plugin-analysis-"));
  fs.mkdirSync(path.join(dir, "spec"));
  fs.writeFileSync(path.join(dir, "specloom.config.json"), JSON.stringify({ entry: "spec/index.ts", sql: { autoIndexForeignKeys: false } }));
  fs.writeFileSync(path.join(dir, "spec", "index.ts"), SPEC);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test("rule diagnostics from a program built elsewhere, cached per program, the same through the other-version fallback", () => {
  const entry = path.join(dir, "spec", "index.ts");
  const project = new ProjectConfigs().projectOf(entry)!;
  expect(project.dir).toBe(dir);
  const { program } = compileProject({ projectDir: dir, config: project.config });
  const fromText = (file: string) => (fs.existsSync(file) ? fs.readFileSync(file, "utf8") : undefined);
  const shared = analyze(program!, project, true, fromText);
  const codes = diagnosticsIn(shared, entry).map((d) => `${d.code} ${d.loc?.line}:${d.loc?.column}`);
  expect(codes).toEqual(expect.arrayContaining(["SL4005 10:3", "SL4011 14:38"]));
  expect(analyze(program!, project, true, fromText)).toBe(shared);
  const own = analyze(program!, { ...project, stamp: `${project.stamp}|other` }, false, fromText);
  expect(own.diagnostics).toEqual(shared.diagnostics);
});
