/** ER diagrams parsed by Mermaid's own parser; relationships must equal the SQL foreign keys. */
import { buildTableModel, emitErDiagram, mermaidType, tablesForTag } from "@specloom/model";
import { DEFAULT_CONFIG, type SpecloomConfig } from "@specloom/core";
import { mermaidEmitter } from "../src";
import { blogIR } from "@specloom/test-support";
import { parseDiagrams, type ParsedDiagram } from "./parse";

const config = (mermaid: Partial<SpecloomConfig["mermaid"]> = {}): SpecloomConfig => ({
  ...DEFAULT_CONFIG,
  mermaid: { ...DEFAULT_CONFIG.mermaid, ...mermaid },
});
const CARD = { "||": "ONLY_ONE", "|o": "ZERO_OR_ONE", "o{": "ZERO_OR_MORE", "o|": "ZERO_OR_ONE" } as const;

describe("ER diagram of the blog IR", () => {
  const ir = blogIR();
  const model = buildTableModel(ir, DEFAULT_CONFIG.sql);
  const full = emitErDiagram(ir, config());
  const keysOnly = emitErDiagram(ir, config({ keysOnly: true }));
  const perTag = ["Users", "Posts"].map((tag) => emitErDiagram(ir, config(), { tag }));
  let parsed: ParsedDiagram[];

  beforeAll(async () => {
    parsed = await parseDiagrams([full, keysOnly, ...perTag]);
  });

  test("every diagram parses", () => {
    expect(parsed.map((p) => p.error ?? "ok")).toEqual(parsed.map(() => "ok"));
  });

  test("every table and column appears, with types and keys", () => {
    const { entities } = parsed[0]!;
    expect(Object.keys(entities).sort()).toEqual(model.tables.map((t) => t.name).sort());
    for (const t of model.tables) {
      expect(entities[t.name]!.map((a) => a.name)).toEqual(t.columns.map((c) => c.name));
      for (const c of t.columns) {
        const a = entities[t.name]!.find((x) => x.name === c.name)!;
        expect(a.type).toBe(mermaidType(c.sqlType));
        expect(a.keys.includes("PK")).toBe(c.primaryKey);
        expect(a.keys.includes("FK")).toBe(!!c.references);
        expect(a.keys.includes("UK")).toBe(c.unique);
      }
    }
    expect(entities.users!.find((a) => a.name === "balance")!.type).toBe("NUMERIC(10_2)");
    expect(entities.users!.find((a) => a.name === "email")!.comment).toBe("Login email; unique among live users.");
  });

  test("relationships equal the SQL foreign keys, cardinality from nullability and uniqueness", () => {
    const rels = parsed[0]!.relationships.map((r) => `${r.from} ${r.cardFrom} ${r.cardTo} ${r.to} ${r.label}`).sort();
    const fks = model.foreignKeys
      .map((fk) => `${fk.refTable} ${fk.optional ? CARD["|o"] : CARD["||"]} ${fk.unique ? CARD["o|"] : CARD["o{"]} ${fk.table} ${fk.label}`)
      .sort();
    expect(rels).toEqual(fks);
    expect(full).toContain('users ||--o{ posts : "author"');
    expect(full).toContain('users |o--o{ users : "manager"');
    expect(full).toContain('users ||--o| profiles : "user"');
    expect(full).toContain('posts ||--o{ post_tags : "tags"');
  });

  test("keysOnly keeps PK, FK and UK columns only", () => {
    for (const t of model.tables) {
      const keyed = t.columns.filter((c) => c.primaryKey || c.references || c.unique).map((c) => c.name);
      expect((parsed[1]!.entities[t.name] ?? []).map((a) => a.name)).toEqual(keyed);
    }
  });

  test("per-tag diagrams show the entities the tag's endpoints use and only FKs among them", () => {
    expect(tablesForTag(ir, model, "Users").map((t) => t.name)).toEqual(["users", "profiles"]);
    // Posts: Post through the PostPage schema, Comment as a request body; post_tags is left out because tags is.
    expect(tablesForTag(ir, model, "Posts").map((t) => t.name)).toEqual(["posts", "comments"]);
    expect(Object.keys(parsed[2]!.entities).sort()).toEqual(["profiles", "users"]);
    expect(parsed[3]!.relationships.map((r) => `${r.from}->${r.to}`).sort()).toEqual(["comments->comments", "posts->comments"]);
  });

  test("the emitter writes er.mmd and one file per tag when split", async () => {
    const result = await mermaidEmitter.emit({ ir, config: config({ split: "tag" }), language: "en" });
    expect(result.files.map((f) => f.path)).toEqual(["er.mmd", "er-users.mmd", "er-posts.mmd"]);
    expect(result.files[0]!.content).toBe(full);
    expect(result.diagnostics ?? []).toEqual([]);
  });

  test("output is deterministic", () => {
    expect(emitErDiagram(blogIR(), config())).toBe(full);
  });
});
