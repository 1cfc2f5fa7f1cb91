/** spec-src's backend-spec.md (checklist from runChecker) and .env.example in en and de. Regenerate with UPDATE_GOLDEN=1 and review the diff. */
import * as path from "node:path";
import { runChecker } from "@specloom/checker";
import { markdownEmitter } from "@specloom/emitter-markdown";
import { buildRequestsIr, buildSchemaNamesIr, expectGolden as expectSharedGolden, requestsApiConfig, schemaNamesConfig } from "@specloom/test-support";
import { compile, REPO_ROOT } from "./spec-src";

const GOLDEN_DIR = path.join(__dirname, "golden");

const expectGolden = (name: string, actual: string): void => expectSharedGolden(path.join(GOLDEN_DIR, name), actual);

describe.each(["en", "de"])("spec-src golden files (%s)", (language) => {
  test("backend-spec.md and .env.example match", async () => {
    const { ir, config } = compile(REPO_ROOT);
    // As the CLI does: the checklist comes from the checker's run on the same IR.
    const { checklist } = runChecker(ir, config);
    const result = await markdownEmitter.emit({ ir, config, language, checklist });
    expect(result.diagnostics ?? []).toEqual([]);
    const [spec, env] = result.files;
    expectGolden(`backend-spec.${language}.md`, spec!.content);
    expectGolden(`env.${language}.example`, env!.content);
  });
});

test("§3 of the hand-built request-features IR: headers, cookies, media types, callbacks, webhooks", async () => {
  const result = await markdownEmitter.emit({ ir: buildRequestsIr(), config: requestsApiConfig(), language: "en", checklist: [] });
  const spec = result.files[0]!.content;
  const section = spec.slice(spec.indexOf("## 3. "), spec.indexOf("## 4. "));
  expectGolden("requests-api-endpoints.en.md", section);
});

test("API names: a model is shown with its API name in §1 and wherever an endpoint sends or returns it, next to the API type that took its TypeScript name", async () => {
  const result = await markdownEmitter.emit({ ir: buildSchemaNamesIr(), config: schemaNamesConfig(), language: "en", checklist: [] });
  const spec = result.files[0]!.content;
  const models = spec.slice(spec.indexOf("## 1. "), spec.indexOf("## 2. "));
  const api = spec.slice(spec.indexOf("## 3. "), spec.indexOf("## 4. "));
  expect(models).toContain("### User Model\n\n**API schema**: `UserRecord`");
  expect(api.match(/\*\*Success Response \(200\)\*\* \(`\w+`\)/g)).toEqual([
    "**Success Response (200)** (`User`)",
    "**Success Response (200)** (`UserRecord`)",
    "**Success Response (200)** (`UserRecord`)",
  ]);
  // The API type's own fields, not the model's, under the name User.
  expect(api).toMatch(/\(`User`\):\n\n```typescript\n\{\n {2}id: string;[^\n]*\n {2}display_name: string;/);
});
