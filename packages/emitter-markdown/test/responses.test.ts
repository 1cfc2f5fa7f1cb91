/** backend-spec.md §3/§7 for every response form: descriptions, media types, headers, examples, error bodies. */
import { DEFAULT_CONFIG } from "@specloom/core";
import { renderBackendSpec } from "@specloom/emitter-markdown";
import { buildRangedResponsesIr, buildResponsesIr } from "@specloom/test-support";

const render = (ir = buildResponsesIr(), language = "en") => renderBackendSpec({ ir, config: DEFAULT_CONFIG, language });

test("§3 shows descriptions, redirects, media types, typed headers and named examples", async () => {
  const md = await render();
  expect(md).toContain("**Description**: The report");
  expect(md).toContain("- `ETag`: string (required, Opaque version of the representation.)");
  expect(md).toContain("- `Cache-Control`: string (optional)");
  expect(md).toContain("**Media Types (200)**: text/csv, application/pdf");
  expect(md).toContain("**Redirect (302)**: Chart is cached elsewhere");
  expect(md).toContain("**Response Examples (201)**:");
  expect(md).toContain("`quarterly`: A quarterly report");
  expect(md).toContain("**Success Response (200)**: Alive");
});

test("§3 names each error body that is not the default; §7 describes the configured format", async () => {
  const md = await render();
  expect(md).toContain("- 404: Report not found (body: application/problem+json)");
  expect(md).toContain("- 422: Invalid title (body: ValidationErrors)");
  expect(md).toContain("- 404: No such report (no body)");
  expect(md).toContain("- 400: Bad filter (body: ApiError)");
  expect(md).toContain("served as application/problem+json");
  expect(md).not.toContain("request_id: string;");
  const model = await render(buildResponsesIr({ model: "ApiError" }));
  expect(model).toContain("Every error response has the body `ApiError` (errors.model)");
  const de = await render(buildResponsesIr(), "de");
  expect(de).toContain("**Antwort-Header (200)**:");
});

test("§3 lists ranges with the successes they describe and default with the errors; §7 counts them as categories", async () => {
  const md = await render(buildRangedResponsesIr());
  const jobs = md.slice(md.indexOf("GET /api/jobs"));
  expect(jobs).toContain("**Success Response (2XX)**: Accepted some other way");
  expect(jobs).toContain("- 4XX: The request was wrong (body: application/problem+json)");
  expect(jobs).toContain("- 5XX: Server errors (no body)");
  expect(jobs).toContain("- default: Unexpected errors (body: ApiError)");
  expect(jobs).toContain("**Response Headers (default)**:");
  expect(md).toMatch(/\| 4XX +\| Client errors +\| `ERROR` +\| 1 +\|/);
  expect(md).toMatch(/\| default +\| Unexpected errors +\| `ERROR` +\| 1 +\|/);
  const webhook = md.slice(md.indexOf("jobDone"));
  expect(webhook).toContain("- 2XX: Received");
  expect(webhook).toContain("- default: Retried later");
  const de = await render(buildRangedResponsesIr(), "de");
  expect(de).toMatch(/\| default +\| Unerwartete Fehler +\|/);
});
