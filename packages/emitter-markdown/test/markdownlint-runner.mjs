// markdownlint 0.40 is ESM-only; jest's CommonJS VM cannot import it, so tests
// run this in a child process: node markdownlint-runner.mjs <config> <file>...
import fs from "node:fs";
import { lint } from "markdownlint/promise";

const [configPath, ...files] = process.argv.slice(2);
const config = JSON.parse(fs.readFileSync(configPath, "utf8"));
const results = await lint({ files, config });
const problems = [];
for (const [file, errors] of Object.entries(results)) {
  for (const e of errors)
    problems.push(`${file}:${e.lineNumber} ${e.ruleNames.join("/")} ${e.ruleDescription}${e.errorDetail ? ` [${e.errorDetail}]` : ""}`);
}
process.stdout.write(JSON.stringify(problems));
