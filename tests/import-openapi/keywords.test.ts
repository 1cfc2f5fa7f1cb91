/** Keywords and parameters of real documents (issue 14's long tail) that the importer lost: each imports and round-trips. */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { roundTripOpenApi } from "@specloom/cli";

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

let program: Awaited<ReturnType<typeof roundTripOpenApi>>["program"];

/** Imports `source`, builds it and compares with the source; reuses the previous program to stay fast. */
async function roundTrip(name: string, source: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `specloom-import-keywords-${name}-`));
  made.push(dir);
  fs.writeFileSync(path.join(dir, `${name}.yaml`), source);
  const r = await roundTripOpenApi(path.join(dir, `${name}.yaml`), { workDir: path.join(dir, "p"), ...(program ? { oldProgram: program } : {}) });
  program = r.program;
  return { ...r, spec: (file: string) => fs.readFileSync(path.join(dir, "p/spec", file), "utf8") };
}

// AWS's documents escape punctuation that needs no escape (`\:`, `\-`, `\ `): valid only without the `u` flag.
const NEEDLESS_ESCAPES = String.raw`openapi: 3.0.0
info: { title: Patterns, version: "1" }
paths:
  /channels:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                id: { type: string, pattern: '[A-Za-z0-9]([A-Za-z0-9\:\-\_\.\@]{0,62}[A-Za-z0-9])?' }
                state: { $ref: "#/components/schemas/RelayState" }
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: string, pattern: '^\-?\d+\:\d+$' } } } }
components:
  schemas:
    RelayState: { type: string, pattern: '[a-zA-Z0-9&$@#\\\/%?=~\-_''"|!:,.;*+\[\]\ \(\)\{\}]+' }
`;

test("a pattern with needless escapes (valid only without the u flag) is kept as written, without a warning, and round-trips", async () => {
  const r = await roundTrip("patterns", NEEDLESS_ESCAPES);
  expect(r.importDiagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  expect(r.buildDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(r.differences).toEqual([]);
  expect(r.spec("schemas.ts")).toContain(String.raw`Pattern<"[a-zA-Z0-9&$@#\\\\\\/%?=~\\-_'\"|!:,.;*+\\[\\]\\ \\(\\)\\{\\}]+">`);
});

const BOOLEAN_ENUMS = `openapi: 3.0.0
info: { title: Booleans, version: "1" }
paths:
  /groups:
    get:
      parameters:
        - { name: summary, in: query, schema: { type: boolean, enum: [false, true] } }
        - { $ref: "#/components/parameters/Recommendations" }
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: object, properties: { on: { enum: [true, false], default: true } } } } } }
components:
  parameters:
    Recommendations: { name: recommendations, in: query, schema: { type: boolean, nullable: true, enum: [true, false] } }
`;

test("an enum that lists both booleans imports as boolean, without a warning, and round-trips", async () => {
  const r = await roundTrip("booleans", BOOLEAN_ENUMS);
  expect(r.importDiagnostics.map((d) => `${d.code} ${d.message}`)).toEqual([]);
  expect(r.buildDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(r.differences).toEqual([]);
});

const TWO_SPELLINGS = `openapi: 3.0.0
info: { title: Ranges, version: "1" }
paths:
  /items:
    get:
      responses:
        "2XX": { description: ok, content: { application/json: { schema: { type: string } } } }
        "2xx": { description: also ok }
`;

test("a range written twice (2XX and 2xx) is imported once, the second spelling reported, and the project builds", async () => {
  const r = await roundTrip("ranges", TWO_SPELLINGS);
  expect(r.importDiagnostics.map((d) => d.message)).toEqual([expect.stringContaining("it repeats response '2XX' in another spelling")]);
  expect(r.buildDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

const ODD_SERVERS = `openapi: 3.0.0
info: { title: Servers, version: "1" }
paths:
  /items:
    servers:
      - { description: no url }
      - { url: "https://{region}.example.com/v1" }
    get:
      responses:
        "200": { description: ok }
    post:
      responses:
        "204": { description: done }
`;

test("a path's server without a url, and a server variable without a default, are reported once each, not silently", async () => {
  const r = await roundTrip("servers", ODD_SERVERS);
  expect(r.importDiagnostics.map((d) => d.message)).toEqual([
    expect.stringMatching(/^a server without a url at #\/paths\/~1items\/servers\/0 .*is not imported/),
    expect.stringMatching(/^server variable 'region' at #\/paths\/~1items\/servers\/1\/url .*no default/),
  ]);
  expect(r.buildDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

const WEBHOOK_METHODS = `openapi: 3.1.0
info: { title: Hooks, version: "1" }
webhooks:
  ping:
    head:
      responses:
        "200": { description: ok }
  orderPaid:
    post:
      responses:
        "200": { description: ok }
    head:
      responses:
        "200": { description: ok }
`;

test("a webhook's one HEAD is imported without a warning; a second method is reported once", async () => {
  const r = await roundTrip("webhooks", WEBHOOK_METHODS);
  expect(r.importDiagnostics.map((d) => d.message)).toEqual([expect.stringMatching(/^HEAD of webhook 'orderPaid' at #\/webhooks\/orderPaid\/head /)]);
  expect(r.buildDiagnostics.filter((d) => d.severity === "error")).toEqual([]);
  expect(r.spec("webhooks.ts")).toMatch(/ping: Webhook<\{\s*method: "HEAD"/);
});
