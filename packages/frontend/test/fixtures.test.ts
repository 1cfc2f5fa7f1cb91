/**
 * One fixture folder per front-end case: `fixtures/<case>/spec.ts` compiles to
 * `fixtures/<case>/expected.json` (the IR without project metadata, plus
 * diagnostics as code/file/line). UPDATE_GOLDEN=1 rewrites them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_CONFIG } from "@specloom/core";
import { compileProject } from "@specloom/frontend";
import { expectGolden } from "@specloom/test-support";

const root = path.join(__dirname, "fixtures");
const cases = fs
  .readdirSync(root)
  .filter((d) => fs.existsSync(path.join(root, d, "spec.ts")))
  .sort();

function compileFixture(name: string) {
  const projectDir = path.join(root, name);
  const result = compileProject({ projectDir, config: { ...DEFAULT_CONFIG, entry: "spec.ts", documentationDir: "docs" } });
  const { project: _project, ...ir } = result.ir!;
  const diagnostics = result.diagnostics
    .filter((d) => d.id !== "prerequisite-missing")
    .map((d) => ({ code: d.code, file: d.loc?.file, line: d.loc?.line, message: d.message }));
  return { ir, diagnostics };
}

describe.each(cases)("fixture %s", (name) => {
  it("matches its expected IR and diagnostics", () => {
    const out = compileFixture(name);
    expectGolden(path.join(root, name, "expected.json"), JSON.stringify(out, null, 2) + "\n");
  });
});

describe("front-end semantics", () => {
  const ir = (name: string) => compileFixture(name).ir;

  it("keeps T | null distinct from optional", () => {
    const profile = ir("type-forms").schemas.find((s) => s.name === "Profile")!;
    const fields = profile.type.kind === "object" ? profile.type.properties : [];
    const f = (n: string) => fields.find((x) => x.name === n)!;
    expect([f("maybe").optional, f("maybe").nullable]).toEqual([false, true]);
    expect([f("optional").optional, f("optional").nullable]).toEqual([true, false]);
    expect([f("both").optional, f("both").nullable]).toEqual([true, true]);
    expect(f("when").type).toEqual({ kind: "primitive", name: "string", constraints: { format: "date-time" } });
    expect(f("labels").type.kind).toBe("record");
  });

  it("names generic instances stably and keeps discriminated unions", () => {
    const g = ir("generics-utility");
    expect(g.schemas.map((s) => s.name)).toEqual(
      expect.arrayContaining(["PaginatedPublicUser", "EnvelopeUser", "EnvelopeUserList", "PublicUser", "UserPatch"]),
    );
    const body = ir("unions-enums").apis[0]!.endpoints[0]!.body!;
    const method = body.kind === "object" ? body.properties[0]!.type : undefined;
    expect(method).toEqual({ kind: "ref", name: "PaymentMethod", refKind: "schema" });
  });

  it("points SL3260 at the responses key, with the status the editor's quick fix writes in its place", () => {
    const projectDir = path.join(root, "response-ranges");
    const result = compileProject({ projectDir, config: { ...DEFAULT_CONFIG, entry: "spec.ts", documentationDir: "docs" } });
    const lines = fs.readFileSync(path.join(projectDir, "spec.ts"), "utf8").split("\n");
    const keys = result.diagnostics
      .filter((d) => d.code === "SL3260")
      .map((d) => [lines[d.loc!.line - 1]!.slice(d.loc!.column - 1, d.end!.column - 1), d.suggestion]);
    expect(keys).toEqual([
      ['"2xx"', "2XX"],
      ["Default", "default"],
      ['"20X"', "2XX"],
      ['"600"', undefined],
      ['"1XX "', undefined],
      ["oops", undefined],
    ]);
  });

  it("reads both TS enums and literal unions as enums, even under tags", () => {
    const u = ir("unions-enums");
    expect(u.enums.map((e) => [e.name, e.values, e.source])).toEqual([
      ["OrderChannel", ["web", "mobile"], "inline"],
      ["Priority", [1, 2], "enum"],
      ["RefundCode", [1, 3], "inline"],
      ["RefundCode2", ["1", "2"], "inline"],
      ["RefundError", ["missing", "invalid"], "inline"],
      ["RefundError2", ["not_found", "gone"], "inline"],
      ["Role", ["user", "admin"], "union"],
      ["Status", ["pending", "paid"], "enum"],
    ]);
    const order = u.models[0]!;
    expect(order.fields.find((f) => f.name === "role")!.type).toEqual({ kind: "ref", name: "Role", refKind: "enum" });
    expect(order.fields.find((f) => f.name === "active")!.type).toEqual({ kind: "primitive", name: "boolean" });
  });

  it("gives inline enums that share a site name but not their values names of their own", () => {
    const u = ir("unions-enums");
    expect(u.enums.filter((e) => e.name.startsWith("Refund")).map((e) => [e.name, e.values])).toEqual([
      ["RefundCode", [1, 3]],
      ["RefundCode2", ["1", "2"]],
      ["RefundError", ["missing", "invalid"]],
      ["RefundError2", ["not_found", "gone"]],
    ]);
    const responses = u.apis[0]!.endpoints.find((e) => e.name === "refund")!.responses;
    const errorOf = (status: number) => {
      const type = responses.find((r) => r.status === status)?.type;
      return type?.kind === "object" ? type.properties[0]!.type : undefined;
    };
    // The same value set in another order is the same enum.
    expect([errorOf(400), errorOf(404), errorOf(409)]).toEqual([
      { kind: "ref", name: "RefundError", refKind: "enum" },
      { kind: "ref", name: "RefundError2", refKind: "enum" },
      { kind: "ref", name: "RefundError", refKind: "enum" },
    ]);
  });

  it("keeps a union variant's constraints with the variant and the field's facts with the field", () => {
    const { ir: u, diagnostics } = compileFixture("union-member-tags");
    const things = u.schemas.find((s) => s.name === "Things")!;
    const fields = things.type.kind === "object" ? things.type.properties : [];
    const f = (n: string) => fields.find((x) => x.name === n)!;
    expect(f("video").type).toEqual({
      kind: "union",
      variants: [
        { kind: "primitive", name: "string", constraints: { format: "uuid", minLength: 36 } },
        { kind: "primitive", name: "integer", constraints: { minimum: 1 } },
      ],
    });
    expect([f("key").visibility, f("key").type]).toEqual([
      "readOnly",
      {
        kind: "union",
        variants: [
          { kind: "primitive", name: "integer" },
          { kind: "primitive", name: "string" },
        ],
      },
    ]);
    expect(u.schemas.find((s) => s.name === "Samples")!.type).toMatchObject({ variants: [{ minItems: 1 }, { minItems: 1 }] });
    expect(u.schemas.find((s) => s.name === "Option")!.type).toMatchObject({ kind: "union", oneOf: true });
    expect(u.enums.map((e) => [e.name, e.values])).toEqual([["Slug", ["a", "b"]]]);
    expect(diagnostics.map((d) => `${d.code}@${d.line} ${d.message}`)).toEqual(["SL3002@21 Annotation 'maxLength' cannot apply to a number field."]);
  });

  it("reports annotation misuse with positions instead of crashing", () => {
    const d = compileFixture("bad-annotations").diagnostics.map((x) => `${x.code}@${x.line}`);
    expect(d).toEqual(["SL3002@6", "SL3002@7", "SL3001@8", "SL3003@9"]);
  });
});

describe("@renamedFrom", () => {
  it("records the old name of a model and of a field (first word of the tag; empty kept, for the planner to report)", () => {
    const model = compileFixture("renamed-from").ir.models[0]!;
    expect(model.docs.renamedFrom).toBe("Post");
    expect(model.fields.map((f) => [f.name, f.docs.renamedFrom])).toEqual([
      ["id", undefined],
      ["headline", "title"],
      ["slug", "old_slug"],
      ["note", ""],
    ]);
  });
});
