/**
 * Issue 13's public-API example: examples/train-travel re-expresses the Train Travel API. Its OpenAPI document is
 * compared with the original, taken from the @readme/oas-examples package (not copied into the repository),
 * operation by operation. What still differs is listed with the reason; the list shrinks as the DSL grows.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOpenApi, serializeJson } from "@specloom/emitter-openapi";
import { compareOpenApi } from "@specloom/model";
import { compileOrFail, REPO_ROOT } from "@specloom/test-support";

const ORIGINAL = require.resolve("@readme/oas-examples/3.1/json/train-travel.json");

/** Remaining differences by operation, each with the construct the DSL lacks (the importer's warning code). */
const WRAPPER = `response 200 application/json: 'allOf: [{"$ref":"#/components/schemas/Wrapper-Collection"},{"properties":{"data":{"i...' removed`;
// SL7013: the XML variants carry `xml` naming hints, so their schema differs from the JSON one, and a response has one body type.
const XML_200 = "response 200: media type 'application/xml' removed";
const KNOWN: Record<string, string[]> = {
  // SL7021: an allOf of a component and two inline objects has no interface form (one base body per interface).
  // Problem.status is an integer without a format; the example writes it as Int (int32).
  "GET /stations": [WRAPPER, XML_200, `response 400 application/problem+json.status: 'format: "int32"' added`],
  "GET /trips": [WRAPPER, XML_200],
  "GET /bookings": [WRAPPER, XML_200],
  // SL7021: `type: [integer, string]` with string constraints becomes a union whose members carry no tags;
  // SL7019: unevaluatedProperties (closed objects now exist in the DSL; the importer does not write them yet).
  "POST /bookings/{bookingId}/payment": [
    `request body application/json.source.anyOf[0].cvc: 'format: "int32"' added`,
    "request body application/json.source.anyOf[0].cvc: 'maxLength: 4' removed",
    "request body application/json.source.anyOf[0].cvc: 'minLength: 3' removed",
    "request body application/json.source: 'unevaluatedProperties: false' removed",
  ],
  // SL7018: webhooks have no form yet (requests, issue 13).
  "webhook newBooking POST": ["operation removed"],
};

function byOperation(messages: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of messages) {
    const i = m.indexOf(": ");
    const op = i < 0 ? "(document)" : m.slice(0, i);
    (out[op] ??= []).push(i < 0 ? m : m.slice(i + 2));
  }
  return out;
}

test("examples/train-travel's OpenAPI equals the original Train Travel API operation by operation, but for the listed gaps", () => {
  const { ir, config } = compileOrFail(path.join(REPO_ROOT, "examples/train-travel"));
  const built = JSON.parse(serializeJson(buildOpenApi(ir, config))) as unknown;
  const original = JSON.parse(fs.readFileSync(ORIGINAL, "utf8")) as unknown;
  const differences = compareOpenApi(original, built);
  expect(byOperation(differences.map((d) => d.message))).toEqual(KNOWN);
  // What does match, operation by operation: every other operation, and in these the parameters, statuses, error
  // bodies (problem+json), response headers and the OAuth 2 security alternatives with their scopes.
  expect(differences.filter((d) => d.context === "security")).toEqual([]);
});
