/** Every mermaid block in the document (ER diagram, data-flow charts) parses with Mermaid itself. */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { markedLexer, render, REPO_ROOT } from "./spec-src";

test("spec-src's mermaid blocks parse", async () => {
  const tokens = markedLexer()(await render(REPO_ROOT));
  const diagrams = tokens.filter((t) => t.type === "code" && t.lang === "mermaid").map((t) => t.text!);
  expect(diagrams.some((d) => d.startsWith("erDiagram"))).toBe(true);
  expect(diagrams.some((d) => d.startsWith("flowchart"))).toBe(true);
  // The same Mermaid runner the ER emitter's tests use.
  const runner = path.join(__dirname, "..", "..", "emitter-mermaid", "test", "mermaid-parse.mjs");
  const out = execFileSync(process.execPath, [runner], { input: JSON.stringify(diagrams), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const errors = (JSON.parse(out) as { ok: boolean; error?: string }[])
    .map((r, i) => (r.ok ? null : `${diagrams[i]!.split("\n")[1]}: ${r.error}`))
    .filter(Boolean);
  expect(errors).toEqual([]);
});
