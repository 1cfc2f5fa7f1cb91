/** runChecker's contract: severities from config, "off", the checklist, robustness. */
import * as fs from "node:fs";
import * as path from "node:path";
import { CHECKLIST_ITEMS, defineRule as definePluginRule, ruleDiagnosticDef } from "@specloom/core";
import { ruleDocs, rules, runChecker } from "../src";
import { baseline, checkerConfig as config, endpointOf, modelOf } from "@specloom/test-support";

const noPk = () => {
  const ir = baseline();
  modelOf(ir, "Post").fields.forEach((f) => ((f.primaryKey = false), f.name === "id" && (f.name = f.column = "post_uuid")));
  return ir;
};

it("registers every rule's diagnostic with a unique SL4 code and kebab-case id", () => {
  const codes = rules.map((r) => r.code);
  expect(new Set(codes).size).toBe(codes.length);
  for (const r of rules) {
    expect(r.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
    expect(r.code).toMatch(/^SL4\d{3}$/);
    expect(ruleDiagnosticDef(r)).toEqual({ code: r.code, severity: r.severity, message: r.message });
    expect(r.checklist.every((i) => (CHECKLIST_ITEMS as readonly string[]).includes(i))).toBe(true);
  }
});

it("maps every checklist item to at least one rule", () => {
  const { checklist } = runChecker(baseline(), config());
  expect(checklist.map((c) => c.item)).toEqual([...CHECKLIST_ITEMS]);
  for (const c of checklist) expect(c.rules.length).toBeGreaterThan(0);
});

it("uses config.rules to override a rule's severity", () => {
  const [d] = runChecker(noPk(), config({ rules: { "model-primary-key": "warning" } })).diagnostics;
  expect(d).toMatchObject({ id: "model-primary-key", severity: "warning", code: "SL4001" });
});

it("skips rules turned off, and leaves their checklist items unticked with a reason", () => {
  const result = runChecker(noPk(), config({ rules: { "model-primary-key": "off" } }));
  expect(result.diagnostics).toEqual([]);
  const models = result.checklist.find((c) => c.item === "models")!;
  expect(models.passed).toBe(false);
  expect(models.reasons).toEqual([expect.stringContaining("'model-primary-key' is turned off")]);
  expect(result.checklist.filter((c) => !c.passed).map((c) => c.item)).toEqual(["models"]);
});

it("fails a checklist item with the messages of its rules' findings", () => {
  const ir = baseline();
  delete endpointOf(ir, "login").rateLimit;
  const { checklist } = runChecker(ir, config());
  const security = checklist.find((c) => c.item === "security")!;
  expect(security).toMatchObject({ passed: false, reasons: [expect.stringContaining("has no rate limit")] });
  expect(checklist.filter((c) => !c.passed)).toHaveLength(1);
});

it("charges an invalid duration only to the checklist item of its section", () => {
  const ir = baseline();
  (ir.config.caching!.value.entries[0] as { ttl: string }).ttl = "soon";
  (ir.config.monitoring!.value.alerts[0] as { for: string }).for = "later";
  const { diagnostics, checklist } = runChecker(ir, config());
  expect(diagnostics.map((d) => d.id)).toEqual(["duration-invalid", "duration-invalid"]);
  expect(checklist.filter((c) => !c.passed).map((c) => c.item)).toEqual(["caching"]);
});

it("uses the config section's per-property location", () => {
  const ir = baseline();
  const auth = ir.config.auth!;
  auth.locs["passwordHashing.rounds"] = { file: "spec-src/config/auth.ts", line: 9, column: 32 };
  (auth.value.passwordHashing as { rounds: number }).rounds = 4;
  const [d] = runChecker(ir, config()).diagnostics;
  expect(d?.loc).toEqual({ file: "spec-src/config/auth.ts", line: 9, column: 32 });
});

it("warns about unknown rule ids in config.rules", () => {
  const { diagnostics } = runChecker(baseline(), config({ rules: { "model-primary-keys": "off" } }));
  expect(diagnostics).toEqual([expect.objectContaining({ code: "SL4000", message: expect.stringContaining("Did you mean 'model-primary-key'?") })]);
});

it("turns a crashing rule into a diagnostic naming the rule and its plugin instead of throwing", () => {
  const ir = baseline();
  (endpointOf(ir, "getMe") as { path: unknown }).path = undefined;
  expect(() => runChecker(ir as never, config())).not.toThrow();
  const failed = runChecker(ir as never, config()).diagnostics.filter((d) => d.id === "plugin-failed");
  expect(failed[0]?.message).toMatch(/^Rule '[a-z-]+' of plugin 'checker' failed: /);
});

it("runs a plugin's rules next to the built-in ones: config severities, unknown ids and checklist items", () => {
  const rule = definePluginRule({
    id: "acme/no-notes",
    severity: "warning",
    message: "Model '{model}' is called {model}.",
    docs: "Test rule.",
    checklist: ["models"],
    check(ctx) {
      for (const m of ctx.ir.models) if (m.name === "Post") ctx.report({ model: m.name }, m.loc);
    },
  });
  const sources = [...[{ plugin: "checker", rules }], { plugin: "acme", rules: [rule] }];
  const found = runChecker(baseline(), config({ rules: { "acme/no-notes": "error" } }), sources);
  expect(found.diagnostics).toEqual([
    expect.objectContaining({ id: "acme/no-notes", code: "acme/no-notes", severity: "error", message: "Model 'Post' is called Post." }),
  ]);
  expect(found.checklist.find((c) => c.item === "models")).toMatchObject({ passed: false, rules: expect.arrayContaining(["acme/no-notes"]) });
  const typo = runChecker(baseline(), config({ rules: { "acme/no-note": "off" } }), sources).diagnostics;
  expect(typo).toContainEqual(expect.objectContaining({ code: "SL4000", message: expect.stringContaining("Did you mean 'acme/no-notes'?") }));
});

it("returns diagnostics in a stable order", () => {
  const ir = noPk();
  delete endpointOf(ir, "login").rateLimit;
  const a = runChecker(ir, config()).diagnostics;
  const b = runChecker(JSON.parse(JSON.stringify(ir)), config()).diagnostics;
  expect(a).toEqual(b);
});

it("keeps README.md's rules table in sync with ruleDocs()", () => {
  const readme = fs.readFileSync(path.join(__dirname, "..", "README.md"), "utf8");
  for (const row of ruleDocs()) {
    expect(readme).toContain(`| \`${row.id}\` | ${row.code} | ${row.severity} | ${row.checklist.join(", ")} | ${row.docs} |`);
  }
});

it("survives config sections whose values are incomplete (the type checker reports those)", () => {
  const ir = baseline();
  for (const section of Object.values(ir.config)) (section as { value: unknown }).value = {};
  (ir.config.jobs!.value as Record<string, unknown>).broken = { name: "Broken" };
  (ir.config.integrations!.value as Record<string, unknown>).bare = {};
  (ir.config.caching!.value as Record<string, unknown>).entries = [{ name: "x" }];
  const { diagnostics } = runChecker(ir, config());
  expect(diagnostics.filter((d) => d.id === "internal-error" || d.id === "plugin-failed")).toEqual([]);
});

it("accepts an empty spec", () => {
  const ir = baseline();
  Object.assign(ir, { models: [], schemas: [], apis: [], services: [], config: {}, project: { ...ir.project, requirements: [] } });
  expect(runChecker(ir as never, config()).diagnostics).toEqual([]);
});
