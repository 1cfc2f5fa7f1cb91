// Parses diagrams with Mermaid's own parser (the markdown emitter's tests use it
// too). mermaid@11 is ESM-only and wants a DOM, so this runs as a plain Node
// process with jsdom globals. stdin: JSON array of diagram texts. stdout: JSON
// array of { ok, error? } plus, for erDiagrams,
// { entities: { name: attributes[] }, relationships: [{ from, to, cardFrom, cardTo, label }] }.
import { JSDOM } from "jsdom";

const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");

let input = "";
for await (const chunk of process.stdin) input += chunk;
const results = [];
for (const text of JSON.parse(input)) {
  try {
    await mermaid.parse(text);
    const db = (await mermaid.mermaidAPI.getDiagramFromText(text)).db;
    if (typeof db.getEntities !== "function") {
      results.push({ ok: true });
      continue;
    }
    const entities = db.getEntities();
    const byId = new Map([...entities.values()].map((e) => [e.id, e.label]));
    results.push({
      ok: true,
      entities: Object.fromEntries(
        [...entities.values()].map((e) => [e.label, e.attributes.map((a) => ({ type: a.type, name: a.name, keys: a.keys, comment: a.comment }))]),
      ),
      // Mermaid stores the line `A ||--o{ B` with entityA = A, cardB = the card next to A.
      relationships: db
        .getRelationships()
        .map((r) => ({ from: byId.get(r.entityA), to: byId.get(r.entityB), cardFrom: r.relSpec.cardB, cardTo: r.relSpec.cardA, label: r.roleA })),
    });
  } catch (e) {
    results.push({ ok: false, error: String(e.message ?? e).slice(0, 500) });
  }
}
process.stdout.write(JSON.stringify(results));
