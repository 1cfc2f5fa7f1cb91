/**
 * Every edit of spec-edits.ts as a migration on real PostgreSQL (PGlite):
 * up.sql on a database holding rows keeps them and yields exactly the catalog
 * of a fresh schema.sql of the new spec; down.sql yields exactly the old one.
 */
import type { SpecIR } from "@specloom/core";
import { emitSql } from "@specloom/emitter-sql";
import { compareSchemas, currentSchema, EMPTY_SCHEMA, renderMigrationSql, splitStatements, type Change, type Schema } from "../src";
import { blogIR, compileSpec, namingIR, specDirs, sqlConfig } from "@specloom/test-support";
import { applyInFreshSchema, closeDatabase, database, useSchema, type Db } from "../../emitter-sql/test/pglite";
import { catalog } from "./catalog";
import { EDITS, specVersions } from "./spec-edits";

afterAll(closeDatabase);

const config = sqlConfig();

/** Runs a migration file statement by statement, as psql -f does. */
async function run(db: Db, changes: readonly Change[]): Promise<void> {
  for (const statement of splitStatements(renderMigrationSql("test", changes))) await db.exec(statement);
}

async function freshCatalog(ir: SpecIR, cfg = config): Promise<unknown> {
  const { db, schema } = await applyInFreshSchema(emitSql(ir, cfg), "fresh");
  return catalog(db, schema);
}

const count = async (db: Db, table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;

test(`${EDITS.length} spec edits: up keeps rows and matches a fresh schema.sql; down restores the old catalog`, async () => {
  const versions = specVersions();
  const db = await database();
  await db.exec("CREATE SCHEMA migrated;");
  let previous: { schema: Schema; catalog: unknown } = { schema: EMPTY_SCHEMA, catalog: undefined };
  const kinds = new Set<string>();
  for (const [i, version] of versions.entries()) {
    const next = currentSchema(version.ir, config);
    const change = compareSchemas(previous.schema, next, version.ir);
    change.up.forEach((c) => kinds.add(c.kind));
    const expected = await freshCatalog(version.ir);
    await useSchema(db, "migrated");
    const where = `step ${i}: ${version.label}`;
    try {
      await run(db, change.up);
    } catch (e) {
      throw new Error(`${where}: up.sql failed: ${(e as Error).message}\n${renderMigrationSql("up", change.up)}`);
    }
    expect({ where, catalog: await catalog(db, "migrated") }).toEqual({ where, catalog: expected });
    if (i === 0) {
      await db.exec(`INSERT INTO users (id, email, name) VALUES ('00000000-0000-0000-0000-00000000000a', 'a@example.com', 'Alice'), ('00000000-0000-0000-0000-00000000000b', 'b@example.com', 'Bob');
        INSERT INTO posts (author_id, title, body) VALUES ('00000000-0000-0000-0000-00000000000a', 'Hello', 'First'), ('00000000-0000-0000-0000-00000000000b', 'Again', 'Second');`);
    }
    const postTable = versions.slice(0, i + 1).some((v) => v.ir.models.some((m) => m.table === "articles")) ? "articles" : "posts";
    expect({ where, users: await count(db, "users"), posts: await count(db, postTable) }).toEqual({ where, users: 2, posts: 2 });
    if (i > 0) {
      try {
        await run(db, change.down);
      } catch (e) {
        throw new Error(`${where}: down.sql failed: ${(e as Error).message}\n${renderMigrationSql("down", change.down)}`);
      }
      expect({ where: `${where} (down)`, catalog: await catalog(db, "migrated") }).toEqual({ where: `${where} (down)`, catalog: previous.catalog });
      await run(db, change.up);
      expect({ where: `${where} (up again)`, users: await count(db, "users") }).toEqual({ where: `${where} (up again)`, users: 2 });
    }
    previous = { schema: next, catalog: expected };
  }
  expect([...kinds].sort()).toEqual(
    expect.arrayContaining([
      "add-check",
      "add-column",
      "add-enum-value",
      "add-foreign-key",
      "add-identity",
      "alter-identity",
      "add-primary-key",
      "add-unique",
      "alter-column-type",
      "comment",
      "create-enum",
      "create-index",
      "create-table",
      "drop-check",
      "drop-column",
      "drop-default",
      "drop-enum",
      "drop-foreign-key",
      "drop-identity",
      "drop-index",
      "drop-not-null",
      "drop-primary-key",
      "drop-table",
      "drop-unique",
      "rename-column",
      "rename-table",
      "rewrite-enum",
      "set-default",
      "set-not-null",
      "updated-at-function",
      "updated-at-trigger",
    ]),
  );
});

/**
 * Whole schemas: the hand-built blog (soft delete, self-references, composite
 * keys, FK cycle, both many-to-many kinds), the naming IR (preserved names,
 * over-long identifiers) and the repo's real specs, from nothing and back.
 */
test("whole schemas: from empty, to another schema, and back to empty", async () => {
  const real = specDirs()
    .map((s) => compileSpec(s.name, s.dir))
    .filter((s) => s.ir);
  expect(real.length).toBeGreaterThan(0);
  const schemas = [
    { label: "blog", ir: blogIR(), cfg: config },
    { label: "naming", ir: namingIR(), cfg: sqlConfig({ naming: "preserve" }) },
    ...real.map((s) => ({ label: s.name, ir: s.ir!, cfg: s.config })),
  ];
  const db = await database();
  await db.exec("CREATE SCHEMA whole;");
  const empty = await catalog(db, "whole");
  let previous = { schema: EMPTY_SCHEMA, catalog: empty };
  for (const s of [...schemas, { label: "empty", ir: undefined, cfg: config }]) {
    const next = s.ir ? currentSchema(s.ir, s.cfg) : EMPTY_SCHEMA;
    const change = compareSchemas(previous.schema, next, s.ir);
    const expected = s.ir ? await freshCatalog(s.ir, s.cfg) : empty;
    await useSchema(db, "whole");
    await run(db, change.up);
    expect({ to: s.label, catalog: await catalog(db, "whole") }).toEqual({ to: s.label, catalog: expected });
    await run(db, change.down);
    expect({ back: s.label, catalog: await catalog(db, "whole") }).toEqual({ back: s.label, catalog: previous.catalog });
    await run(db, change.up);
    previous = { schema: next, catalog: expected };
  }
});
