/** Every mermaid block in the document (ER diagram, data-flow charts) parses with Mermaid itself. */
import { execFileSync } from "node:child_process";
import * as path from "node:path";
import { markedLexer, render, REPO_ROOT } from "./spec-src";

test("spec-src's mermaid blocks parse", async () => {
  const tokens = markedLexer()(await render(REPO_ROOT));
  const diagrams = tokens.filter((t) => t.type === "code" && t.lang === "mermaid").map((t) => t.text!);
  expect(diagrams.some((d) => d.startsWith("erDiagram"))).toBe(true);
  expect(diagrams.some((d) => d.startsWith("flowchart"))).toBe(true);
  const out = execFileSync(process.execPath, [path.join(__dirname, "mermaid-runner.mjs")], { input: JSON.stringify(diagrams), encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const errors = (JSON.parse(out) as (string | null)[]).map((e, i) => (e ? `${diagrams[i]!.split("\n")[1]}: ${e}` : null)).filter(Boolean);
  expect(errors).toEqual([]);
});
