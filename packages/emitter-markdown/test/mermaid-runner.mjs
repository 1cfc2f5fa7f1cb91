// Parses diagrams with Mermaid's own parser. mermaid@11 is ESM-only and wants a
// DOM, so tests run this as a plain Node process with jsdom globals.
// stdin: JSON array of diagram texts. stdout: JSON array of error strings (null when valid).
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
    results.push(null);
  } catch (e) {
    results.push(String(e?.message ?? e).slice(0, 500));
  }
}
process.stdout.write(JSON.stringify(results));
