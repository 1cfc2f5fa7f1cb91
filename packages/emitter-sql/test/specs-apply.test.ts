/** The repo's real specs, compiled by the front end, applied on PGlite and checked against their IR. */
import * as path from "node:path";
import { emitSql } from "../src";
import { applyInFreshSchema, closeDatabase } from "./pglite";
import { expectSchemaMatches } from "./schema-matcher";
import { compileSpec, expectGolden, specDirs } from "@specloom/test-support";

afterAll(closeDatabase);

describe.each(specDirs())("$name", ({ name, dir }) => {
  const spec = compileSpec(name, dir);

  test("schema.sql applies twice on PGlite and matches the IR", async () => {
    if (!spec.ir) {
      console.log(`SKIPPED ${name}: the front end produced no IR (${spec.problem})`);
      return;
    }
    const sql = emitSql(spec.ir, spec.config);
    const { db, schema, ms } = await applyInFreshSchema(sql);
    const counts = await expectSchemaMatches(db, schema, spec.ir, spec.config);
    console.log(`${name}: ${JSON.stringify(counts)}, applied in ${ms.toFixed(0)} ms`);
    await db.exec(sql);
    expect(counts.tables).toBeGreaterThan(0);
    expect(emitSql(spec.ir, spec.config)).toBe(sql);
  });

  if (name === "spec-src") {
    test("golden schema.sql", () => {
      if (spec.ir) expectGolden(path.join(__dirname, "golden", "spec-src.schema.sql"), emitSql(spec.ir, spec.config));
    });
  }
});
