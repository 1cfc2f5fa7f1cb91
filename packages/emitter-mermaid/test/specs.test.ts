/** ER diagrams of the repo's real specs: all parse with Mermaid, and their relationships are the SQL FKs. */
import * as path from "node:path";
import { buildTableModel, emitErDiagram, modelsByTag } from "@specloom/model";
import { compileSpec, expectGolden, specDirs } from "@specloom/test-support";
import { parseDiagrams } from "./parse";

const specs = specDirs().map(({ name, dir }) => compileSpec(name, dir));

test("every spec's full, keys-only and per-tag diagrams parse; relations equal the FKs", async () => {
  const jobs: { spec: string; tag?: string; text: string }[] = [];
  for (const spec of specs) {
    if (!spec.ir) {
      console.log(`SKIPPED ${spec.name}: the front end produced no IR (${spec.problem})`);
      continue;
    }
    jobs.push({ spec: spec.name, text: emitErDiagram(spec.ir, spec.config) });
    jobs.push({ spec: spec.name, tag: "(keys only)", text: emitErDiagram(spec.ir, spec.config, { keysOnly: true }) });
    for (const tag of modelsByTag(spec.ir).keys()) jobs.push({ spec: spec.name, tag, text: emitErDiagram(spec.ir, spec.config, { tag }) });
  }
  const parsed = await parseDiagrams(jobs.map((j) => j.text));
  expect(parsed.map((p, i) => `${jobs[i]!.spec} ${jobs[i]!.tag ?? ""}: ${p.error ?? "ok"}`)).toEqual(jobs.map((j) => `${j.spec} ${j.tag ?? ""}: ok`));

  for (const spec of specs.filter((s) => s.ir)) {
    const i = jobs.findIndex((j) => j.spec === spec.name && j.tag === undefined);
    const model = buildTableModel(spec.ir!, spec.config.sql);
    expect(Object.keys(parsed[i]!.entities).sort()).toEqual(model.tables.map((t) => t.name).sort());
    const rels = parsed[i]!.relationships.map((r) => `${r.to}->${r.from}`).sort();
    expect(rels).toEqual(model.foreignKeys.map((fk) => `${fk.table}->${fk.refTable}`).sort());
    console.log(`${spec.name}: ${model.tables.length} entities, ${rels.length} relationships`);
  }
});

test("golden er.mmd for spec-src", () => {
  const spec = specs.find((s) => s.name === "spec-src");
  if (spec?.ir) expectGolden(path.join(__dirname, "golden", "spec-src.er.mmd"), emitErDiagram(spec.ir, spec.config));
});
