#!/usr/bin/env node
/**
 * Copies the repository's example projects into packages/cli/templates/<name>/ for `specloom init --template`.
 * The examples stay the one source (their tests and goldens run on them); the copies are build output
 * (gitignored), made by `npm run build`, jest's global setup and the CLI package's prepack, so a packed
 * @specloom/cli ships them. Only the spec and the prerequisite documents are copied: init writes the rest.
 */
const fs = require("node:fs");
const path = require("node:path");

const root = path.join(__dirname, "..");
const TEMPLATES = {
  blog: { spec: "spec-src", docs: "docs", documents: ["product/PRD.md", "technical/architecture.md", "technical/tech-stack.md"] },
  ecommerce: {
    spec: "examples/ecommerce/spec",
    docs: "examples/ecommerce/docs",
    documents: ["product/PRD.md", "technical/architecture.md", "technical/tech-stack.md"],
  },
};

const target = path.join(root, "packages", "cli", "templates");
fs.rmSync(target, { recursive: true, force: true });
for (const [name, source] of Object.entries(TEMPLATES)) {
  const dir = path.join(target, name);
  fs.cpSync(path.join(root, source.spec), path.join(dir, "spec-src"), { recursive: true, filter: (f) => !f.endsWith(".md") });
  for (const doc of source.documents) fs.cpSync(path.join(root, source.docs, doc), path.join(dir, "docs", doc));
}
