/**
 * `specloom diff --base openapi.json`: the same corpus of paired specs, compared
 * as the OpenAPI documents specloom emits for them. Every planted breaking
 * change is found, and nothing breaking is reported for the others.
 */
import { buildOpenApi, serializeJson } from "@specloom/emitter-openapi";
import type { SpecIR } from "@specloom/core";
import { diffOpenApiDocuments, diffOpenApiSpecs, renderDiffText } from "../src";
import { sqlConfig } from "@specloom/test-support";
import { BREAKING, NON_BREAKING, baseApi, edited } from "./api-corpus";

const config = sqlConfig();
const documentOf = (ir: SpecIR, version?: "3.0.3") =>
  JSON.parse(serializeJson(buildOpenApi(ir, version ? { ...config, openapi: { ...config.openapi, version } } : config))) as unknown;
const base = documentOf(baseApi());

describe("diff against an OpenAPI document", () => {
  test("the base against itself, and against its own 3.0 rendering: no changes", () => {
    expect(diffOpenApiDocuments(base, documentOf(baseApi()))).toEqual([]);
    expect(diffOpenApiDocuments(documentOf(baseApi(), "3.0.3"), base)).toEqual([]);
  });
  test.each(BREAKING)("breaking: $label", (pair) => {
    const changes = diffOpenApiDocuments(base, documentOf(edited(pair)));
    // The planted change is found as breaking, under the IR diff's id.
    expect(changes.filter((c) => c.breaking).map((c) => c.id)).toEqual(expect.arrayContaining([...pair.breaking]));
  });
  test.each(NON_BREAKING)("not breaking: $label", (pair) => {
    const changes = diffOpenApiDocuments(base, documentOf(edited(pair)));
    expect(changes.filter((c) => c.breaking)).toEqual([]);
  });
  test("the report says the database was not compared", () => {
    const diff = diffOpenApiSpecs({ document: base, label: "v1.json" }, documentOf(edited(BREAKING[0]!)));
    expect(diff.databaseCompared).toBe(false);
    expect(renderDiffText(diff)).toContain("Database changes since v1.json: not compared (the base is an OpenAPI document)");
  });
});
