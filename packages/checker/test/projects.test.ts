/**
 * The worked example (spec-src) and every examples/* project must pass the
 * checker with no findings, as `specloom check --strict` requires, except the
 * findings a re-expressed public API has by design (listed with the reason).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type ts from "typescript";
import { loadConfig } from "@specloom/core";
import { compileProject } from "@specloom/frontend";
import { runChecker } from "../src";

const root = path.resolve(__dirname, "../../..");
const examples = fs.existsSync(path.join(root, "examples"))
  ? fs
      .readdirSync(path.join(root, "examples"))
      .filter((d) => fs.existsSync(path.join(root, "examples", d, "specloom.config.json")))
      .sort()
      .map((d) => `examples/${d}`)
  : [];

/**
 * examples/train-travel re-expresses a public API as it is: its payment operation documents no 404, and
 * adding one would make the example unfaithful to the original it is compared with.
 */
const KNOWN_FINDINGS: Record<string, { finding: string; checklist: string[] }[]> = {
  "examples/train-travel": [
    {
      finding:
        "spec/api/payments.ts:31 error-responses-missing: 'POST /bookings/:bookingId/payment' has no 404 response, though path parameter 'bookingId' identifies a resource.",
      checklist: ["errors"],
    },
  ],
};

let oldProgram: ts.Program | undefined; // reused across projects: lib and specloom typings are parsed once

describe.each([".", ...examples])("project %s", (dir) => {
  it("compiles and passes every checker rule", () => {
    const { config, projectDir, diagnostics: configDiagnostics } = loadConfig(path.join(root, dir));
    expect(configDiagnostics).toEqual([]);
    const { ir, program } = compileProject({ projectDir, config, ...(oldProgram ? { oldProgram } : {}) });
    oldProgram = program;
    expect(ir).toBeDefined();
    const { diagnostics, checklist } = runChecker(ir!, config);
    const known = KNOWN_FINDINGS[dir] ?? [];
    expect(diagnostics.map((d) => `${d.loc?.file}:${d.loc?.line} ${d.id}: ${d.message}`)).toEqual(known.map((k) => k.finding));
    expect(checklist.filter((c) => !c.passed && !c.notApplicable).map((c) => c.item)).toEqual([...new Set(known.flatMap((k) => k.checklist))]);
    // Only the optional sections may be "not applicable", and only when the spec has none of them.
    const sections = { integrations: ir!.config.integrations, jobs: ir!.config.jobs, caching: ir!.config.caching } as const;
    for (const status of checklist) {
      const section = sections[status.item as keyof typeof sections];
      const declared =
        status.item in sections &&
        (status.item === "caching" ? (ir!.config.caching?.value.entries.length ?? 0) > 0 : Object.keys(section?.value ?? {}).length > 0);
      expect([status.item, status.notApplicable ?? false]).toEqual([status.item, status.item in sections && !declared]);
    }
  });
});
