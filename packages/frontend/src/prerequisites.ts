/** The seed's prerequisite documents: PRD (name, requirement ids), architecture, tech stack. */
import * as fs from "node:fs";
import * as path from "node:path";
import { createDiagnostic, type Diagnostic, type RequirementNode } from "@specloom/core";

export const PREREQUISITES = ["product/PRD.md", "technical/architecture.md", "technical/tech-stack.md"] as const;

export interface Prerequisites {
  readonly documents: string[];
  readonly requirements: RequirementNode[];
  readonly prdTitle?: string;
  readonly database?: string;
  readonly diagnostics: Diagnostic[];
}

const DATABASES = ["PostgreSQL", "MySQL", "MariaDB", "SQLite", "MongoDB", "SQL Server", "Oracle", "DynamoDB", "CockroachDB"];

export function readPrerequisites(projectDir: string, documentationDir: string): Prerequisites {
  const out: Prerequisites = { documents: [], requirements: [], diagnostics: [] };
  let prdTitle: string | undefined;
  let database: string | undefined;
  for (const rel of PREREQUISITES) {
    const relPath = path.posix.join(documentationDir.split(path.sep).join("/"), rel);
    let text: string;
    try {
      text = fs.readFileSync(path.join(projectDir, relPath), "utf8");
    } catch {
      out.diagnostics.push(createDiagnostic("prerequisite-missing", { file: relPath }));
      continue;
    }
    out.documents.push(relPath);
    if (rel === "product/PRD.md") {
      const title = /^#\s+(.+)$/m.exec(text)?.[1];
      if (title)
        prdTitle = title
          .replace(/\s+[—–-]\s+.*$/, "")
          .replace(/\s*(PRD|Product Requirements.*)$/i, "")
          .trim();
      text.split(/\r?\n/).forEach((line, i) => {
        const m = /\b((?:FR|NFR|REQ)-\d+)\b[*:\s-]*(.*)$/.exec(line);
        if (m && !out.requirements.some((r) => r.id === m[1])) {
          out.requirements.push({
            kind: "requirement",
            id: m[1]!,
            title: m[2]!.replace(/^[*:\s-]+/, "").trim(),
            loc: { file: relPath, line: i + 1, column: m.index + 1 },
          });
        }
      });
    }
    if (rel === "technical/tech-stack.md") database = DATABASES.find((d) => new RegExp(`\\b${d}\\b`, "i").test(text));
  }
  return { ...out, ...(prdTitle ? { prdTitle } : {}), ...(database ? { database } : {}) };
}
