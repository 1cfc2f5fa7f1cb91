/** The importers never declare a name the `import type { … } from "specloom"` line of the same file could bring in. */
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO_ROOT } from "@specloom/test-support";
import { isReservedName, SPECLOOM_EXPORTS, unreservedName } from "../src/reserved-names";

test("the reserved list is exactly what the specloom package exports", () => {
  const dir = path.join(REPO_ROOT, "packages/specloom/src");
  const exported = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .flatMap((f) => [...fs.readFileSync(path.join(dir, f), "utf8").matchAll(/^export (?:type|interface) ([A-Za-z0-9_]+)/gm)].map((m) => m[1]!));
  // When this fails after a new DSL export, add the name to SPECLOOM_EXPORTS in packages/importer/src/reserved-names.ts.
  expect([...SPECLOOM_EXPORTS].sort()).toEqual([...new Set(exported)].sort());
});

test("a reserved name gets the suffix, or the suffix in front when the target's rule is about the start", () => {
  expect(unreservedName("Pet", "Schema")).toBe("Pet");
  expect(unreservedName("Format", "Schema")).toBe("FormatSchema");
  expect(unreservedName("ErrorResponse", "Record")).toBe("ErrorResponseRecord");
  expect(unreservedName("PaginatedRuns", "Schema")).toBe("SchemaPaginatedRuns");
  expect(isReservedName("constructor")).toBe(true);
});
