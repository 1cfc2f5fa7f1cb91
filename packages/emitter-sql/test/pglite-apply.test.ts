/** The emitted DDL on real PostgreSQL (PGlite): structure read back from pg_catalog, then behaviour. */
import { postgresDialect } from "@specloom/model";
import { emitSql } from "../src";
import { blogIR, column, model, namingIR, spec, sqlConfig, t } from "@specloom/test-support";
import { applyInFreshSchema, closeDatabase, failure } from "./pglite";
import { expectSchemaMatches } from "./schema-matcher";

afterAll(closeDatabase);

describe("blog IR on PGlite", () => {
  const ir = blogIR();
  const config = sqlConfig();
  const sql = emitSql(ir, config);

  test("applies, matches the IR and the table model, and applies again", async () => {
    const { db, schema, ms } = await applyInFreshSchema(sql);
    const counts = await expectSchemaMatches(db, schema, ir, config);
    console.log(`blog IR: ${JSON.stringify(counts)}, applied in ${ms.toFixed(0)} ms`);
    expect(counts).toMatchObject({ tables: 9, foreignKeys: 13, checks: 9 });
    await db.exec(sql); // idempotent: a second run on the same schema succeeds
    await expectSchemaMatches(db, schema, ir, config);
  });

  test("constraints behave: checks, FKs, cascades, soft-delete uniques, enums, updated_at", async () => {
    const { db } = await applyInFreshSchema(sql);
    const alice = "00000000-0000-0000-0000-00000000000a";
    await db.exec(`INSERT INTO users (id, email, name) VALUES ('${alice}', 'a@example.com', 'Alice')`);

    expect(await failure(db, `INSERT INTO users (email, name) VALUES ('b@example.com', 'B')`)).toMatch(/ck_users_name_length/);
    expect(await failure(db, `INSERT INTO users (email, name, age) VALUES ('b@example.com', 'Bob', 7)`)).toMatch(/ck_users_age_range/);
    expect(await failure(db, `INSERT INTO users (email, name, role) VALUES ('b@example.com', 'Bob', 'root')`)).toMatch(
      /invalid input value for enum user_role/,
    );
    expect(await failure(db, `INSERT INTO users (email, name, balance) VALUES ('b@example.com', 'Bob', -1)`)).toMatch(/ck_users_balance_range/);
    expect(await failure(db, `INSERT INTO posts (author_id, title, slug) VALUES (gen_random_uuid(), 'T', 'orphan')`)).toMatch(/fk_posts_author_id/);
    expect(await failure(db, `INSERT INTO posts (author_id, title, slug) VALUES ('${alice}', 'T', 'Not A Slug')`)).toMatch(/ck_posts_slug_pattern/);
    expect(await failure(db, `INSERT INTO posts (author_id, title, slug, status) VALUES ('${alice}', 'T', 'x', 'archived')`)).toMatch(
      /ck_posts_status_values/,
    );

    // Duplicate email: rejected while the first row is live, allowed once it is soft-deleted.
    expect(await failure(db, `INSERT INTO users (email, name) VALUES ('a@example.com', 'Alice Two')`)).toMatch(/uq_users_email/);
    const bob = "00000000-0000-0000-0000-00000000000b";
    await db.exec(`INSERT INTO users (id, email, name) VALUES ('${bob}', 'bob@example.com', 'Bob')`);
    await db.exec(`UPDATE users SET deleted_at = now() WHERE id = '${bob}'`);
    expect(await failure(db, `INSERT INTO users (email, name) VALUES ('bob@example.com', 'Bob Again')`)).toBeUndefined();

    // ON DELETE CASCADE: posts, their comments and tag links go with the author.
    await db.exec(`INSERT INTO posts (id, author_id, title, slug) VALUES ('00000000-0000-0000-0000-0000000000f1', '${alice}', 'Hello', 'hello')`);
    await db.exec(`INSERT INTO comments (post_id, author_id, body) VALUES ('00000000-0000-0000-0000-0000000000f1', '${alice}', 'Nice')`);
    await db.exec(
      `INSERT INTO tags (id, label) VALUES (1, 'news'); INSERT INTO post_tags (post_id, tag_id) VALUES ('00000000-0000-0000-0000-0000000000f1', 1)`,
    );
    const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`)).rows[0]!.n;
    expect([await count("posts"), await count("comments"), await count("post_tags")]).toEqual([1, 1, 1]);
    await db.exec(`DELETE FROM users WHERE id = '${alice}'`);
    expect([await count("posts"), await count("comments"), await count("post_tags"), await count("tags")]).toEqual([0, 0, 0, 1]);

    // The shared trigger keeps updated_at current.
    await db.exec(`UPDATE users SET updated_at = '2000-01-01' WHERE id = '${bob}'`);
    const stamp = await db.query<{ recent: boolean }>(`SELECT updated_at > now() - interval '1 hour' AS recent FROM users WHERE id = '${bob}'`);
    expect(stamp.rows[0]!.recent).toBe(true);

    // Reserved words work as names.
    await db.exec(`INSERT INTO "group" ("order", "user") VALUES (1, '${bob}')`);
    expect(await failure(db, `INSERT INTO "group" ("order", "user") VALUES (1, '${bob}')`)).toMatch(/uq_group_user_order/);
  });

  test("enums: 'check' stores TEXT and rejects values outside the set", async () => {
    const checkConfig = sqlConfig({ enums: "check" });
    const checkSql = emitSql(ir, checkConfig);
    expect(checkSql).not.toContain("CREATE TYPE");
    const { db, schema } = await applyInFreshSchema(checkSql);
    await expectSchemaMatches(db, schema, ir, checkConfig);
    expect(await failure(db, `INSERT INTO users (email, name, role) VALUES ('c@example.com', 'Carol', 'root')`)).toMatch(/ck_users_role_values/);
    expect(await failure(db, `INSERT INTO users (email, name, role) VALUES ('c@example.com', 'Carol', 'admin')`)).toBeUndefined();
  });

  test("without automatic FK indexes only declared indexes exist", async () => {
    const noAuto = sqlConfig({ autoIndexForeignKeys: false });
    const { db, schema } = await applyInFreshSchema(emitSql(ir, noAuto));
    const counts = await expectSchemaMatches(db, schema, ir, noAuto);
    expect(emitSql(ir, noAuto)).not.toContain("idx_comments_post_id");
    expect(counts.foreignKeys).toBe(13);
  });

  test("quoting matches PostgreSQL's own keyword list: reserved and type/function-name keywords only", async () => {
    const { db } = await applyInFreshSchema("");
    const { rows } = await db.query<{ word: string; catcode: string }>("SELECT word, catcode FROM pg_get_keywords()");
    const wrong = rows.filter((k) => postgresDialect.needsQuoting(k.word) !== (k.catcode === "R" || k.catcode === "T"));
    expect(wrong).toEqual([]);
  });
});

describe("names as written, over-long names, two updated-at spellings", () => {
  const ir = namingIR();
  const config = sqlConfig({ naming: "preserve" });

  test("applies twice, matches, and the shared trigger sets each table's own column", async () => {
    const sql = emitSql(ir, config);
    const { db, schema } = await applyInFreshSchema(sql);
    await expectSchemaMatches(db, schema, ir, config);
    await db.exec(sql);
    await db.exec(`INSERT INTO "Person" (id, "displayName", "updatedAt") VALUES ('00000000-0000-0000-0000-000000000001', 'P', '2000-01-01')`);
    await db.exec(`UPDATE "Person" SET "displayName" = 'Q'`);
    const { rows } = await db.query<{ recent: boolean }>(`SELECT "updatedAt" > now() - interval '1 hour' AS recent FROM "Person"`);
    expect(rows[0]!.recent).toBe(true);
  });
});

describe("schema keywords that map to CHECK constraints", () => {
  // Exclusive bounds and MultipleOf become checks; item counts too. UniqueItems does not: a CHECK cannot hold a subquery.
  const reading = model("Reading", "readings", [
    column("id", t.int({ size: "int32" }), { primaryKey: true }),
    column("temperature", t.num({ exclusiveMinimum: -273.15 })),
    column("price", t.num({ minimum: 0, exclusiveMaximum: 10000, multipleOf: 0.01 })),
    column("batch", t.int({ size: "int32", multipleOf: 5 })),
    column("labels", t.array(t.str({ maxLength: 20 }), { minItems: 1, maxItems: 3, uniqueItems: true })),
  ]);
  const ir = spec({ models: [reading] });
  const config = sqlConfig();

  test("applies, matches the table model, and accepts or rejects rows as the API schema would", async () => {
    const sql = emitSql(ir, config);
    expect(sql).toContain("CHECK (mod(CAST(price AS NUMERIC), 0.01) = 0)");
    const { db, schema } = await applyInFreshSchema(sql);
    expect(await expectSchemaMatches(db, schema, ir, config)).toMatchObject({ tables: 1, checks: 5 });
    const row = (id: number, values: string) => `INSERT INTO readings (id, temperature, price, batch, labels) VALUES (${id}, ${values})`;
    expect(await failure(db, row(1, `21.5, 9.99, 10, ARRAY['a','b']`))).toBeUndefined();
    expect(await failure(db, row(2, `-273.15, 1, 5, ARRAY['a']`))).toMatch(/ck_readings_temperature_range/);
    expect(await failure(db, row(3, `0, 10000, 5, ARRAY['a']`))).toMatch(/ck_readings_price_range/);
    expect(await failure(db, row(4, `0, 9.995, 5, ARRAY['a']`))).toMatch(/ck_readings_price_multiple/);
    expect(await failure(db, row(5, `0, 1, 7, ARRAY['a']`))).toMatch(/ck_readings_batch_multiple/);
    expect(await failure(db, row(6, `0, 1, 5, ARRAY[]::varchar(20)[]`))).toMatch(/ck_readings_labels_items/);
    expect(await failure(db, row(7, `0, 1, 5, ARRAY['a','b','c','d']`))).toMatch(/ck_readings_labels_items/);
  });
});

describe("property counts on JSONB columns", () => {
  // MinProperties/MaxProperties: a CHECK cannot count keys with a subquery; a path query counts the members.
  const settings = model("Setting", "settings", [
    column("id", t.int({ size: "int32" }), { primaryKey: true }),
    column("tags", { kind: "record", values: t.str(), minProperties: 1, maxProperties: 2 }),
    column("choice", { kind: "object", properties: [column("a", t.str(), { optional: true })], maxProperties: 1 }, { nullable: true }),
  ]);
  const ir = spec({ models: [settings] });
  const config = sqlConfig();

  test("become CHECKs that count an object's keys", async () => {
    const sql = emitSql(ir, config);
    const { db, schema } = await applyInFreshSchema(sql);
    expect(await expectSchemaMatches(db, schema, ir, config)).toMatchObject({ tables: 1, checks: 2 });
    const row = (id: number, values: string) => `INSERT INTO settings (id, tags, choice) VALUES (${id}, ${values})`;
    expect(await failure(db, row(1, `'{"a":"x"}', NULL`))).toBeUndefined();
    expect(await failure(db, row(2, `'{"a":"x","b":{"nested":1,"more":2}}', '{"a":"y"}'`))).toBeUndefined(); // nested keys do not count
    expect(await failure(db, row(3, `'{}', NULL`))).toMatch(/ck_settings_tags_properties/);
    expect(await failure(db, row(4, `'{"a":"x","b":"y","c":"z"}', NULL`))).toMatch(/ck_settings_tags_properties/);
    expect(await failure(db, row(5, `'{"a":"x"}', '{"a":"y","b":"z"}'`))).toMatch(/ck_settings_choice_properties/);
  });
});

describe("a MaxLength VARCHAR cannot carry", () => {
  // Real APIs declare maxLength 0 and lengths above PostgreSQL's VARCHAR limit (10485760): TEXT with a length CHECK.
  const blob = model("Blob", "blobs", [
    column("id", t.int({ size: "int32" }), { primaryKey: true }),
    column("empty", t.str({ maxLength: 0 })),
    column("body", t.str({ minLength: 1, maxLength: 20971520 })),
    column("code", t.str({ maxLength: 10485760 })),
  ]);
  const ir = spec({ models: [blob] });
  const config = sqlConfig();

  test("is TEXT with a CHECK that PostgreSQL enforces", async () => {
    const sql = emitSql(ir, config);
    expect(sql).toContain("char_length(body) >= 1 AND char_length(body) <= 20971520");
    expect(sql).toContain("VARCHAR(10485760)");
    const { db, schema } = await applyInFreshSchema(sql);
    expect(await expectSchemaMatches(db, schema, ir, config)).toMatchObject({ tables: 1, checks: 2 });
    const row = (id: number, values: string) => `INSERT INTO blobs (id, empty, body, code) VALUES (${id}, ${values})`;
    expect(await failure(db, row(1, `'', 'x', 'y'`))).toBeUndefined();
    expect(await failure(db, row(2, `'a', 'x', 'y'`))).toMatch(/ck_blobs_empty_length/);
    expect(await failure(db, row(3, `'', '', 'y'`))).toMatch(/ck_blobs_body_length/);
  });
});
