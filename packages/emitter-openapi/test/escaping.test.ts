/**
 * Hostile names and text through the client and the reference page: client.ts still parses as TypeScript with
 * every name kept as data, and the page's markup holds the text as text (escaped, one element each).
 * The slow consumers (tsc --strict, Chromium) run on spec-src in the e2e tests.
 */
import { htmlText } from "@specloom/core";
import ts from "typescript";
import type { OpenAPIObject } from "openapi3-ts/oas31";
import { generateClient } from "../src";
import { referencePage } from "../src/html/page";

const HOSTILE = `a"b'c\`d */ </script><!-- \${x} \u2028 __proto__`;

const doc: OpenAPIObject = {
  openapi: "3.1.0",
  info: { title: HOSTILE, version: "1.0.0", description: HOSTILE },
  paths: {
    "/things/{id}": {
      get: {
        operationId: "get-thing",
        summary: HOSTILE,
        parameters: [
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          { name: HOSTILE, in: "query", schema: { type: "string", description: HOSTILE } },
        ],
        responses: { "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/Thing%20One" } } } } },
      },
    },
  },
  components: {
    schemas: {
      "Thing One": {
        type: "object",
        description: HOSTILE,
        required: ["__proto__"],
        properties: { ["__proto__"]: { type: "string" }, [HOSTILE]: { enum: [HOSTILE, 1, null] }, plain: { const: HOSTILE } },
      },
    },
  },
};

test("client.ts of hostile names and descriptions parses, and every name is kept as a string literal", () => {
  const client = generateClient(doc as unknown as Record<string, unknown>);
  const source = ts.createSourceFile("client.ts", client, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
  const parseErrors = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  expect(parseErrors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  const literals = new Set<string>();
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteral(node)) literals.add(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const name of [HOSTILE, "Thing One", "get-thing", "__proto__", "/things/{id}"]) expect(literals).toContain(name);
  // The response type resolves the percent-encoded $ref to the component's real name.
  expect(client).toContain(`"200": components["schemas"]["Thing One"];`);
});

test("the reference page keeps hostile text as text: title, language, ER diagram source and the embedded document", () => {
  const diagram = `erDiagram\n  %% ${HOSTILE}`;
  const page = referencePage({
    document: doc,
    erDiagram: diagram,
    language: 'en"><script>',
    redocBundle: "/* redoc </script> */",
    mermaidBundle: undefined,
  });
  expect(page).toContain(`<title>${htmlText(`${HOSTILE} — API reference`)}</title>`);
  expect(page).toContain(`<html lang="en&quot;&gt;&lt;script&gt;">`);
  expect(page).toContain(`<pre class="mermaid-source">${htmlText(diagram)}</pre>`);
  // Exactly the page's own three script elements open and close: nothing the spec or a bundle wrote ends one early.
  expect(page.match(/<script/gi)?.length).toBe(3);
  expect(page.match(/<\/script/gi)?.length).toBe(3);
  const embedded = /<script type="application\/json" id="openapi-document">([^<]*)<\/script>/.exec(page)?.[1] ?? "";
  expect(JSON.parse(embedded)).toEqual(doc);
});
