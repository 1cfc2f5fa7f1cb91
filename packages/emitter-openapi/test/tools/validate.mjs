// Runs the real OpenAPI consumers on documents (ESM-only tools, so outside jest's CJS runtime).
// Usage: node validate.mjs <doc.json>... ; prints one JSON result per document, as an array.
import { readFileSync } from "node:fs";
import SwaggerParser from "@apidevtools/swagger-parser";
import { validate as readmeValidate } from "@readme/openapi-parser";
import { BaseResolver, createConfig, lintDocument, makeDocumentFromString } from "@redocly/openapi-core";

const config = await createConfig({ extends: ["recommended"] });
const results = [];
for (const file of process.argv.slice(2)) {
  const text = readFileSync(file, "utf8");
  const result = { file, swaggerParser: "ok", readme: "ok", redocly: [] };
  try {
    await SwaggerParser.validate(JSON.parse(text));
  } catch (e) {
    result.swaggerParser = String(e.message ?? e);
  }
  const readme = await readmeValidate(JSON.parse(text));
  if (!readme.valid) result.readme = JSON.stringify(readme.errors);
  const document = makeDocumentFromString(text, file);
  const problems = await lintDocument({ document, config, externalRefResolver: new BaseResolver() });
  result.redocly = problems.map((p) => ({ rule: p.ruleId, severity: p.severity, message: p.message, pointer: p.location?.[0]?.pointer }));
  results.push(result);
}
process.stdout.write(JSON.stringify(results, null, 2));
