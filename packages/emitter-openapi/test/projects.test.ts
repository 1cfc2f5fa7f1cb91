/**
 * Real specs through the front end: the seed example (spec-src at the repo root)
 * and every examples/* project, in 3.1 and 3.0, through the real consumers.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { SpecIR } from "@specloom/core";
import type { OpenAPIObject, OperationObject } from "openapi3-ts/oas31";
import { buildOpenApi, serializeJson, serializeYaml } from "../src";
import { compileDir, exampleDirs, expectGolden, generateSdkTypes, ROOT, runConsumers, tempProject, tscStrict, withVersion } from "./helpers";

const VERSIONS = ["3.1.0", "3.0.3"] as const;
const projects = [ROOT, ...exampleDirs()];
const dir = tempProject("openapi-projects");
const label = (p: string) => (p === ROOT ? "spec-src" : path.relative(ROOT, p));

interface Built {
  readonly project: string;
  readonly ir: SpecIR;
  readonly version: (typeof VERSIONS)[number];
  readonly doc: OpenAPIObject;
  readonly file: string;
}

const built: Built[] = [];
for (const project of projects) {
  const { ir, config } = compileDir(project);
  if (!ir) continue;
  for (const version of VERSIONS) {
    const doc = buildOpenApi(ir, withVersion(config, version));
    const file = path.join(dir, `${label(project).replace(/\W+/g, "_")}-${version}.json`);
    fs.writeFileSync(file, serializeJson(doc));
    fs.writeFileSync(file.replace(/json$/, "yaml"), serializeYaml(doc));
    built.push({ project, ir, version, doc, file });
  }
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const operations = (doc: OpenAPIObject) =>
  Object.entries(doc.paths ?? {}).flatMap(([p, item]) => Object.entries(item as Record<string, OperationObject>).map(([m, op]) => ({ pointer: `#/paths/${p.replace(/~/g, "~0").replace(/\//g, "~1")}/${m}`, op })));

/**
 * The warnings Redocly's recommended rules may give, each for a stated reason;
 * anything else fails. Computed from the document so the list is exact.
 */
function justifiedWarnings(doc: OpenAPIObject): string[] {
  const out = ["info-license #/info"]; // the `openapi.info` config has no license field to take one from
  doc.servers?.forEach((s, i) => {
    // Server URLs are the project's own config (the seed uses api.example.com as a placeholder).
    if (/example\.com|localhost/.test(s.url)) out.push(`no-server-example.com #/servers/${i}/url`);
  });
  for (const { pointer, op } of operations(doc)) {
    // The spec declares no client error (e.g. GET /health); inventing a 4xx would be imprecise.
    if (!Object.keys(op.responses ?? {}).some((s) => s.startsWith("4"))) out.push(`operation-4xx-response ${pointer}/responses`);
  }
  return out.sort();
}

test("the seed example and every examples/* project compile to an IR", () => {
  expect(built.map((b) => label(b.project))).toEqual(projects.flatMap((p) => VERSIONS.map(() => label(p))));
  expect(projects.length).toBeGreaterThanOrEqual(1);
});

test("valid for both parsers; Redocly recommended: zero errors, only justified warnings", () => {
  const results = runConsumers(built.map((b) => b.file));
  results.forEach((r, i) => {
    const b = built[i]!;
    expect([label(b.project), b.version, r.swaggerParser, r.readme]).toEqual([label(b.project), b.version, "ok", "ok"]);
    expect(r.redocly.filter((p) => p.severity === "error")).toEqual([]);
    expect(r.redocly.map((p) => `${p.rule} ${p.pointer}`).sort()).toEqual(justifiedWarnings(b.doc));
  });
});

test("no sensitive or internal field name of any model appears in any document", () => {
  for (const project of projects) {
    const ir = built.find((b) => b.project === project)?.ir;
    const hidden = (ir?.models ?? []).flatMap((m) => m.fields.filter((f) => f.visibility === "sensitive" || f.visibility === "internal").map((f) => f.name));
    const names = new Set(hidden);
    for (const b of built.filter((x) => x.project === project)) {
      const text = serializeJson(b.doc);
      for (const name of names) expect([label(project), name, text.includes(`"${name}"`)]).toEqual([label(project), name, false]);
    }
  }
});

test("spec-src SDK types: GET /api/users/{id} returns the user's email and no password_hash", () => {
  const spec = built.find((b) => b.project === ROOT && b.version === "3.1.0");
  if (!spec) throw new Error("spec-src did not compile");
  generateSdkTypes([[spec.file.replace(/json$/, "yaml"), path.join(dir, "spec-schema.d.ts")]]);
  fs.writeFileSync(
    path.join(dir, "spec-assert.ts"),
    [
      'import type { paths } from "./spec-schema";',
      'type GetUser = paths["/api/users/{id}"]["get"]["responses"][200]["content"]["application/json"];',
      "export function email(res: GetUser): string {",
      "  // @ts-expect-error password_hash is sensitive: it is in no response type",
      "  void res.user.password_hash;",
      "  return res.user.email;",
      "}",
      "",
    ].join("\n"),
  );
  expect(tscStrict(dir, ["spec-assert.ts"])).toBe("");
});

test.each(VERSIONS)("golden spec-src openapi %s", (version) => {
  const spec = built.find((b) => b.project === ROOT && b.version === version)!;
  expectGolden(path.join(__dirname, "golden", `spec-src-${version}.yaml`), fs.readFileSync(spec.file.replace(/json$/, "yaml"), "utf8"));
});
