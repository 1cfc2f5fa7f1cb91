import { CHECKLIST_ITEMS, DEFAULT_CONFIG, type ChecklistStatus, type EmitContext } from "@specloom/core";
import { markdownEmitter, renderBackendSpec } from "@specloom/emitter-markdown";
import { column as field, docsSampleIr as sampleIr, model, t } from "@specloom/test-support";

const ctx = (over: Partial<EmitContext> = {}): EmitContext => ({ ir: sampleIr(), config: DEFAULT_CONFIG, language: "en", ...over });

describe("markdownEmitter", () => {
  test("emits backend-spec.md and .env.example", async () => {
    const result = await markdownEmitter.emit(ctx());
    expect(result.files.map((f) => f.path)).toEqual(["backend-spec.md", ".env.example"]);
    const env = result.files[1]!.content;
    expect(env).toContain("JWT_SECRET=\n");
    expect(env).toContain("REDIS_URL=redis://localhost:6379\n");
    expect(env).toContain("DATABASE_URL=postgresql://localhost/app\n");
    // JWT_SECRET appears in auth and deployment: listed once, with both sections.
    expect(env.match(/^JWT_SECRET=/gm)).toHaveLength(1);
    expect(env).toContain("# Used in: 5. Authentication & Authorization, 15. Deployment Configuration");
  });

  test("an unknown language is a diagnostic listing the available ones", async () => {
    const result = await markdownEmitter.emit(ctx({ language: "xx" }));
    expect(result.files).toEqual([]);
    expect(result.diagnostics?.[0]?.message).toMatch(/Unknown documentation language 'xx'. Available: .*de.*en/);
  });

  test("is deterministic", async () => {
    expect(await renderBackendSpec(ctx())).toBe(await renderBackendSpec(ctx()));
  });
});

describe("content from the IR", () => {
  test("schedules, durations and rate limits in words, localized", async () => {
    const en = await renderBackendSpec(ctx());
    expect(en).toContain("**Schedule**: At 02:00 AM (cron: `0 2 * * *`, time zone: UTC)");
    expect(en).toContain("- TTL: 1 hour");
    expect(en).toContain("**Rate Limit**: 5 requests per minute per IP");
    const de = await renderBackendSpec(ctx({ language: "de" }));
    expect(de).toContain("**Zeitplan**: Um 02:00 (Cron: `0 2 * * *`, Zeitzone: UTC)");
    expect(de).toContain("- TTL: 1 Stunde");
    expect(de).toContain("5 Anfragen pro Minute pro IP");
  });

  test("authorization matrix: anonymous plus each role, ownership and bypass", async () => {
    const md = await renderBackendSpec(ctx());
    expect(md).toMatch(/\| GET \/api\/users\/:id +\| ✗ +\| ✓ \(own\) +\| ✓ +\|/);
    expect(md).toMatch(/\| POST \/api\/users +\| ✓ +\| ✓ +\| ✓ +\|/);
  });

  test("sensitive fields are removed from responses and excluded from logs", async () => {
    const md = await renderBackendSpec(ctx());
    expect(md).toContain("Remove `password_hash` (sensitive, never returned) from User in `GET /api/users/:id`, `POST /api/users`");
    expect(md).toMatch(/- `password_hash` \(sensitive field of User\)/);
    expect(md).toContain("- `password`\n");
  });

  test("property counts are validation rules of the field, localized", async () => {
    const base = sampleIr();
    const setting = model("Setting", "settings", [
      field("id", t.uuid(), { primaryKey: true }),
      field("tags", { kind: "record", values: t.str(), minProperties: 1, maxProperties: 50 }),
    ]);
    const ir = { ...base, models: [...base.models, setting] };
    expect(await renderBackendSpec(ctx({ ir }))).toContain("- tags: At least 1 property, at most 50 properties");
    expect(await renderBackendSpec(ctx({ ir, language: "de" }))).toContain("- tags: Mindestens 1 Eigenschaft, höchstens 50 Eigenschaften");
  });

  test("traceability appendix maps requirements to endpoints", async () => {
    const md = await renderBackendSpec(ctx());
    expect(md).toMatch(/\| FR-1 +\| View a user +\| `GET \/api\/users\/:id` +\|/);
  });

  test("checklist: ticked only when its rules passed, reasons otherwise", async () => {
    const checklist: ChecklistStatus[] = CHECKLIST_ITEMS.map((item) => ({
      item,
      rules: ["r"],
      passed: item !== "jobs",
      reasons: item === "jobs" ? ["Job 'report' has no retry policy."] : [],
    }));
    const md = await renderBackendSpec(ctx({ checklist }));
    expect(md.match(/^- \[x\]/gm)).toHaveLength(9);
    expect(md).toContain("- [ ] Background jobs have retry policies — Job 'report' has no retry policy.");
    const none = await renderBackendSpec(ctx());
    expect(none.match(/^- \[ \]/gm)).toHaveLength(10);
    expect(none).toContain("The checker did not run");
  });

  test("checklist: items about sections the spec lacks are unticked as not applicable", async () => {
    const checklist: ChecklistStatus[] = CHECKLIST_ITEMS.map((item) => ({
      item,
      rules: ["r"],
      passed: item !== "caching",
      reasons: [],
      ...(item === "caching" ? { notApplicable: true } : {}),
    }));
    const md = await renderBackendSpec(ctx({ checklist }));
    expect(md.match(/^- \[x\]/gm)).toHaveLength(9);
    expect(md).toContain("- [ ] Caching strategy defined for performance — not applicable: the spec declares none");
  });

  test("a spec without config still renders every section", async () => {
    const md = await renderBackendSpec(ctx({ ir: { ...sampleIr({}), services: [], apis: [] } }));
    for (let n = 1; n <= 15; n++) expect(md).toMatch(new RegExp(`^## ${n}\\. `, "m"));
    expect(md).toContain("No auth configuration in the spec.");
  });

  test("1000 models render quickly, formatting included", async () => {
    const models = Array.from({ length: 1000 }, (_, i) =>
      model(`M${i}`, `m${i}`, [
        field("id", t.uuid(), { primaryKey: true }),
        field("name", t.str({ maxLength: 100 })),
        field("note", t.str(), { visibility: "sensitive" }),
      ]),
    );
    // Speed is measured by npm run bench, not asserted here: this checks the large document is complete.
    const md = await renderBackendSpec(ctx({ ir: { ...sampleIr(), models } }));
    expect(md).toContain("### M999 Model");
    expect(md).toContain("#### m999");
  });
});
