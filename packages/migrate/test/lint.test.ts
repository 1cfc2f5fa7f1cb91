/** Each safety-lint code: one change that triggers it, one close to it that does not. */
import { IR_FORMAT_VERSION, type EnumNode, type FieldNode, type ModelNode, type SpecIR } from "@specloom/core";
import { compareSchemas, currentSchema, MIGRATE_DIAGNOSTICS } from "../src";
import { belongsTo, field, literalDefault, model, sqlConfig, sqlDefault, t } from "@specloom/test-support";
import { specVersions } from "./spec-edits";

const config = sqlConfig();
const id = () => field("id", t.uuid(), { primaryKey: true, default: sqlDefault("gen_random_uuid()") });
const role = (values: string[]): EnumNode => ({
  kind: "enum",
  name: "Role",
  values,
  source: "union",
  docs: {},
  loc: { file: "m.ts", line: 1, column: 1 },
});

function spec(userFields: FieldNode[], extra: { models?: ModelNode[]; roles?: string[]; user?: Partial<ModelNode> } = {}): SpecIR {
  const user = model("User", "users", [id(), field("role", t.ref("Role", "enum")), ...userFields], extra.user);
  return {
    kind: "spec",
    formatVersion: IR_FORMAT_VERSION,
    project: { kind: "project", name: "L", language: "en", documents: [], requirements: [] },
    models: [user, ...(extra.models ?? [])],
    enums: [role(extra.roles ?? ["a", "b"])],
    schemas: [],
    apis: [],
    services: [],
    config: {},
  };
}
const name = (type = t.str({ maxLength: 100 }), extra: Partial<FieldNode> = {}) => field("name", type, extra);
const post = (fields: FieldNode[] = [], relations = [belongsTo("author_id", "User")]) =>
  model("Post", "posts", [id(), field("author_id", t.uuid()), ...fields], { relations });

function codes(before: SpecIR, after: SpecIR): string[] {
  const change = compareSchemas(currentSchema(before, config), currentSchema(after, config), after);
  return [...new Set(change.diagnostics.map((d) => d.code))].sort();
}

type Case = { code: string; triggers: [SpecIR, SpecIR]; quiet: [SpecIR, SpecIR] };
const cases: Case[] = [
  { code: "SL6001", triggers: [spec([], { models: [post()] }), spec([])], quiet: [spec([]), spec([], { models: [post()] })] },
  {
    code: "SL6002",
    triggers: [spec([name()]), spec([])],
    quiet: [spec([name()]), spec([field("full_name", t.str({ maxLength: 100 }), { docs: { renamedFrom: "name" } })])],
  },
  { code: "SL6003", triggers: [spec([]), spec([], { roles: ["a"] })], quiet: [spec([]), spec([], { roles: ["a", "b", "c"] })] },
  { code: "SL6004", triggers: [spec([]), spec([name()])], quiet: [spec([]), spec([name(undefined, { default: literalDefault("x") })])] },
  {
    code: "SL6005",
    triggers: [spec([name(undefined, { optional: true })]), spec([name()])],
    quiet: [spec([name()]), spec([name(undefined, { optional: true })])],
  },
  { code: "SL6006", triggers: [spec([name()]), spec([name(t.str({ maxLength: 50 }))])], quiet: [spec([name(t.str({ maxLength: 50 }))]), spec([name()])] },
  {
    code: "SL6007",
    triggers: [spec([name()]), spec([name(undefined, { unique: true })])],
    quiet: [spec([]), spec([name(undefined, { unique: true, optional: true })], { user: { docs: {} } })],
  },
  {
    code: "SL6008",
    triggers: [spec([name()]), spec([field("full_name", t.str({ maxLength: 100 }), { docs: { renamedFrom: "name" } })])],
    quiet: [spec([name()]), spec([name(), field("full_name", t.str(), { optional: true })])],
  },
  {
    code: "SL6009",
    triggers: [spec([name()]), spec([name(undefined, { unique: true })])],
    quiet: [spec([name()]), spec([name(undefined, { indexed: true })])],
  },
  {
    code: "SL6010",
    triggers: [spec([field("n", t.int())]), spec([field("n", t.int({ size: "int64" }))])],
    quiet: [spec([name(t.str({ maxLength: 50 }))]), spec([name()])],
  },
  {
    code: "SL6011",
    triggers: [spec([name()]), spec([name(t.str({ maxLength: 100, minLength: 2 }))])],
    quiet: [spec([]), spec([name(t.str({ maxLength: 100, minLength: 2 }), { optional: true })])],
  },
  {
    code: "SL6012",
    triggers: [spec([], { models: [post([], [])] }), spec([], { models: [post()] })],
    // A new nullable FK column holds only NULLs: nothing to validate.
    quiet: [
      spec([], { models: [model("Post", "posts", [id()])] }),
      spec([], {
        models: [
          model("Post", "posts", [id(), field("author_id", t.uuid(), { optional: true, nullable: true })], {
            relations: [belongsTo("author_id", "User", { optional: true })],
          }),
        ],
      }),
    ],
  },
  {
    code: "SL6020",
    triggers: [spec([field("n", t.int(), { identity: "byDefault" })]), spec([field("n", t.int())])],
    quiet: [spec([field("n", t.int())]), spec([field("n", t.int(), { identity: "byDefault" })])],
  },
  {
    code: "SL6021",
    triggers: [spec([field("n", t.int(), { identity: "byDefault" })]), spec([field("n", t.int(), { identity: "always" })])],
    // A new table's ALWAYS identity breaks no insert that exists yet.
    quiet: [spec([]), spec([], { models: [model("Event", "events", [field("id", t.int(), { primaryKey: true, identity: "always" })])] })],
  },
  {
    code: "SL6101",
    triggers: [spec([name()]), spec([name(), field("x", t.str(), { optional: true, docs: { renamedFrom: "nothing" } })])],
    quiet: [spec([name()]), spec([field("full_name", t.str({ maxLength: 100 }), { docs: { renamedFrom: "name" } })])],
  },
];

describe("migration safety lint", () => {
  test("every lint code has a case", () => {
    const lintCodes = Object.values(MIGRATE_DIAGNOSTICS)
      .map((d) => d.code)
      .filter((c) => /^SL60|^SL6101/.test(c));
    expect(cases.map((c) => c.code).sort()).toEqual(lintCodes.sort());
  });
  test.each(cases)("$code: triggered, and quiet on a near miss", ({ code, triggers, quiet }) => {
    expect(codes(...triggers)).toContain(code);
    expect(codes(...quiet)).not.toContain(code);
  });
  test("a new table's constraints, indexes and FKs raise nothing", () => {
    expect(codes(spec([]), spec([], { models: [post([field("title", t.str({ minLength: 1, maxLength: 20 }), { unique: true })])] }))).toEqual([]);
  });
});

test("removing an enum value reports the values once and each rewritten table, not a narrowed column", () => {
  const found = compareSchemas(currentSchema(spec([]), config), currentSchema(spec([], { roles: ["a"] }), config), spec([], { roles: ["a"] })).diagnostics;
  expect(found.map((d) => `${d.code} ${d.message}`)).toEqual([
    "SL6003 Destructive: removing 'b' from enum 'role' fails on rows that hold them and rewrites every table using it.",
    "SL6010 Long lock: changing the type of 'role' rewrites 'users' under an ACCESS EXCLUSIVE lock.",
  ]);
});

describe("declared renames", () => {
  const versions = specVersions();
  const step = (label: string) => {
    const i = versions.findIndex((v) => v.label === label);
    return compareSchemas(currentSchema(versions[i - 1]!.ir, config), currentSchema(versions[i]!.ir, config), versions[i]!.ir);
  };
  test.each(["declared column rename", "declared table rename"])("%s: keys, constraints and indexes follow in place; only SL6008 is reported", (label) => {
    const change = step(label);
    expect(change.up.filter((c) => /^(drop|add|create)-/.test(c.kind))).toEqual([]);
    expect(change.diagnostics.map((d) => d.code)).toEqual(["SL6008"]);
    expect(change.up.map((c) => c.kind)).toEqual(
      expect.arrayContaining(
        label.includes("table") ? ["rename-table", "rename-primary-key", "rename-constraint", "rename-index"] : ["rename-column", "rename-constraint"],
      ),
    );
  });
});
