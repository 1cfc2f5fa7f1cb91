/**
 * The output is prettier-formatted: chunks the builder prints canonically skip
 * prettier, so the fast path must equal sending everything through prettier.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { DEFAULT_CONFIG } from "@specloom/core";
import { renderChunks, sectionContext } from "../src/document";
import { formatMarkdown } from "../src/render/format";
import { isCanonical } from "../src/render/canonical";
import { column as field, docsSampleIr as sampleIr, model, t } from "@specloom/test-support";
import { compile, REPO_ROOT } from "./spec-src";

const examples = fs.readdirSync(path.join(REPO_ROOT, "examples")).map((e) => path.join(REPO_ROOT, "examples", e));
const projects = [REPO_ROOT, ...examples.filter((p) => fs.existsSync(path.join(p, "specloom.config.json")))];

// Both languages for spec-src; the examples only in en, which keeps the all-prettier comparison affordable.
describe.each(projects.flatMap((p) => (p === REPO_ROOT ? ["en", "de"] : ["en"]).map((l) => [path.relative(REPO_ROOT, p) || "spec-src", p, l] as const)))(
  "%s (%s)",
  (_name, dir, language) => {
    test("is a prettier fixed point, and mostly skips prettier", async () => {
      const { ir, config } = compile(dir);
      const chunks = renderChunks(sectionContext({ ir, config, language }));
      expect(await formatMarkdown(chunks)).toBe(await formatMarkdown(chunks, { all: true }));
      expect(chunks.filter(isCanonical).length / chunks.length).toBeGreaterThan(0.9);
    });
  },
);

/** User text with everything prettier rewrites: escapes, emphasis, HTML, entities, wide characters. */
const AWKWARD = [
  "Use *stars* and _underscores_ and __strong__",
  "<b>bold</b> & &amp; entity",
  "# not a heading",
  "1. not a list",
  "- not a bullet",
  "+ plus",
  "> not a quote",
  "two  spaces",
  "a | pipe",
  "$x$ math and ~~strike~~",
  "[link](https://example.com) and ![img](x.png)",
  "tab\there",
  "emoji 🎉 and 漢字",
  "trailing hash #",
  "back\\slash",
  "snake_case_name and 2_000",
  "`code` with `under_score`",
];

test("awkward user text still comes out as prettier prints it", async () => {
  const models = AWKWARD.map((text, i) =>
    model(
      `M${i}`,
      `m${i}`,
      [field("id", t.str(), { primaryKey: true, docs: { summary: text } }), field("x", t.str({ pattern: "^a|b$", patternMessage: text }))],
      { docs: { summary: text } },
    ),
  );
  const ir = {
    ...sampleIr(),
    models,
    project: {
      ...sampleIr().project,
      requirements: AWKWARD.map((title, i) => ({ kind: "requirement" as const, id: `FR-${i}`, title, loc: { file: "a", line: 1, column: 1 } })),
    },
  };
  for (const language of ["en", "de"]) {
    const chunks = renderChunks(sectionContext({ ir, config: DEFAULT_CONFIG, language }));
    expect(await formatMarkdown(chunks)).toBe(await formatMarkdown(chunks, { all: true }));
  }
});

test("user text cannot open a heading, list or quote of its own", async () => {
  const models = AWKWARD.map((text, i) => model(`M${i}`, `m${i}`, [field("id", t.str(), { primaryKey: true })], { docs: { summary: text } }));
  const chunks = renderChunks(sectionContext({ ir: { ...sampleIr(), models }, config: DEFAULT_CONFIG, language: "en" }));
  const md = await formatMarkdown(chunks);
  const section1 = md.slice(md.indexOf("## 1."), md.indexOf("## 2."));
  expect(section1.match(/^#+ /gm)).toHaveLength(1 + AWKWARD.length);
  expect(section1).not.toMatch(/^> /m);
  expect(section1).toContain("\\# not a heading");
});
