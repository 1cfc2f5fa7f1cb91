/** `specloom diff` on paired spec versions: every planted breaking change found, no false breaking report. */
import { diffSpecs, renderDiffMarkdown } from "../src";
import { field, sqlConfig, t } from "@specloom/test-support";
import { BREAKING, NON_BREAKING, baseApi, edited } from "./api-corpus";

const config = sqlConfig();
const diff = (head: ReturnType<typeof baseApi>) => diffSpecs({ ir: baseApi(), config, label: "base" }, { ir: head, config });

describe("specloom diff corpus", () => {
  test("the base against itself: no changes at all", () => {
    const d = diff(baseApi());
    expect({ api: d.api, database: d.database, breaking: d.breaking }).toEqual({ api: [], database: [], breaking: 0 });
  });
  test.each(BREAKING)("breaking: $label", (pair) => {
    const d = diff(edited(pair));
    const found = d.api.filter((c) => c.breaking).map((c) => c.id);
    expect(found).toEqual(expect.arrayContaining([...pair.breaking]));
    // Nothing breaking besides what was planted.
    expect([...new Set(found)].sort()).toEqual([...new Set(pair.breaking)].sort());
  });
  test.each(NON_BREAKING)("not breaking: $label", (pair) => {
    const d = diff(edited(pair));
    // Renaming a path parameter or editing docs changes nothing a client sees; every other edit shows up.
    if (!["documentation only", "rename a path parameter"].includes(pair.label)) expect(d.api.length + d.database.length).toBeGreaterThan(0);
    expect({ api: d.api.filter((c) => c.breaking), database: d.database.filter((c) => c.breaking) }).toEqual({ api: [], database: [] });
  });
  test("database side: a dropped column is breaking, an added nullable one is not", () => {
    const dropped = diff(edited(BREAKING.find((p) => p.label === "remove a response field")!));
    expect(dropped.database).toEqual([{ kind: "drop-column", target: "users.bio", breaking: true }]);
    expect(dropped.findings.map((f) => f.code)).toEqual(["SL6002"]);
    const added = diff(edited(NON_BREAKING.find((p) => p.label.startsWith("add a response field"))!));
    expect(added.database).toEqual([{ kind: "add-column", target: "users.avatar", breaking: false }]);
  });
  test("markdown summary keeps user text inert", () => {
    const d = diffSpecs({ ir: baseApi(), config, label: "main <script>|x\r# injected\u2028- item" }, { ir: edited(BREAKING[0]!), config });
    const md = renderDiffMarkdown(d);
    // Core's inline-Markdown escaper: no tag opens, and no line break (CR or U+2028 too) starts a block.
    expect(md).toContain("### specloom diff against main &lt;script>|x # injected - item\n");
    expect(md).not.toMatch(/<script|^# injected|^- item/m);
    expect(md).toContain("🔴 **breaking** `DELETE /api/users/:id`");
  });
});

test("database side: an identity that stops generating or turns ALWAYS is breaking; a new one is not", () => {
  const withScore = (identity?: "byDefault" | "always") => {
    const ir = baseApi();
    const user = ir.models[0]!;
    const score = field("score", t.int(), identity ? { identity, visibility: "readOnly" } : {});
    return { ...ir, models: [{ ...user, fields: [...user.fields, score] }] };
  };
  const db = (a: ReturnType<typeof baseApi>, b: ReturnType<typeof baseApi>) =>
    diffSpecs({ ir: a, config, label: "base" }, { ir: b, config }).database.map((c) => [c.kind, c.breaking]);
  expect(db(withScore(), withScore("byDefault"))).toEqual([["add-identity", false]]);
  expect(db(withScore("byDefault"), withScore("always"))).toEqual([["alter-identity", true]]);
  expect(db(withScore("byDefault"), withScore())).toEqual([["drop-identity", true]]);
});
