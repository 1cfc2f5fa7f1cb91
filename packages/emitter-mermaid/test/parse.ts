/** Runs mermaid-parse.mjs on a batch of diagrams (one child process: Mermaid's import is slow). */
import { execFile } from "node:child_process";
import * as path from "node:path";

export interface ParsedDiagram {
  ok: boolean;
  error?: string;
  entities: Record<string, { type: string; name: string; keys: string[]; comment: string }[]>;
  relationships: { from: string; to: string; cardFrom: string; cardTo: string; label: string }[];
}

export function parseDiagrams(texts: readonly string[]): Promise<ParsedDiagram[]> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [path.join(__dirname, "mermaid-parse.mjs")], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${error.message}\n${stderr}`));
      else resolve(JSON.parse(stdout) as ParsedDiagram[]);
    });
    child.stdin!.end(JSON.stringify(texts));
  });
}
