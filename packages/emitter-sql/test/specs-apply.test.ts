/** The repo's real specs, compiled by the front end, applied on PGlite and checked against their IR. */
import * as path from "node:path";
import { emitSql } from "../src";
import { applyInFreshSchema, closeDatabase, failure } from "./pglite";
import { expectSchemaMatches } from "./schema-matcher";
import { compileSpec, expectGolden, specDirs } from "@specloom/test-support";

afterAll(closeDatabase);

describe.each(specDirs())("$name", ({ name, dir }) => {
  const spec = compileSpec(name, dir);

  test("schema.sql applies twice on PGlite and matches the IR", async () => {
    if (!spec.ir) throw new Error(`${name}: the front end produced no IR (${spec.problem})`);
    const sql = emitSql(spec.ir, spec.config);
    const { db, schema, ms } = await applyInFreshSchema(sql);
    const counts = await expectSchemaMatches(db, schema, spec.ir, spec.config);
    console.log(`${name}: ${JSON.stringify(counts)}, applied in ${ms.toFixed(0)} ms`);
    await db.exec(sql);
    // An API-only project (examples/train-travel, imported from OpenAPI) has no table; every model is one.
    expect(counts.tables).toBeGreaterThanOrEqual(spec.ir.models.length);
    if (spec.ir.models.length > 0) expect(counts.tables).toBeGreaterThan(0);
    expect(emitSql(spec.ir, spec.config)).toBe(sql);
  });

  if (name === "spec-src") {
    test("golden schema.sql", () => {
      if (spec.ir) expectGolden(path.join(__dirname, "golden", "spec-src.schema.sql"), emitSql(spec.ir, spec.config));
    });
  }
});

describe("examples/ecommerce: identity keys, table checks, directed and repeated join tables behave on PGlite", () => {
  const spec = compileSpec("examples/ecommerce", path.join(__dirname, "../../../examples/ecommerce"));

  test("rows are numbered, checks reject, each join table keeps its own direction", async () => {
    const ir = spec.ir!;
    const { db } = await applyInFreshSchema(emitSql(ir, spec.config));
    await db.exec(`INSERT INTO categories (id, name, slug) VALUES ('00000000-0000-0000-0000-0000000000c1', 'Kitchen', 'kitchen')`);
    const product = (n: number) => `00000000-0000-0000-0000-00000000000${n}`;
    const insertProduct = (n: number, prices = "10, NULL") =>
      `INSERT INTO products (id, category_id, sku, name, slug, description, price, compare_at_price, weight_grams, images)
       VALUES ('${product(n)}', '00000000-0000-0000-0000-0000000000c1', 'SKU-${n}', 'Product ${n}', 'p-${n}', '', ${prices}, 100, '[]')`;
    await db.exec(`${insertProduct(1)}; ${insertProduct(2, "10, 12")}`);
    // Entity<{ checks }>: the declared expression, by its declared name.
    expect(await failure(db, insertProduct(3, "10, 9"))).toMatch(/ck_products_sale_below_regular/);

    // BigSerial & PrimaryKey: inserts without an id are numbered; BY DEFAULT still accepts an explicit one.
    const move = (extra = "") =>
      `INSERT INTO stock_movements (${extra ? "id, " : ""}product_id, quantity, reason) VALUES (${extra}'${product(1)}', 5, 'restock') RETURNING id`;
    const ids = [(await db.query<{ id: string }>(move())).rows[0]!.id, (await db.query<{ id: string }>(move())).rows[0]!.id];
    expect(ids.map(Number)).toEqual([1, 2]);
    expect(await failure(db, move("100, "))).toBeUndefined();
    expect(await failure(db, `INSERT INTO stock_movements (product_id, quantity, reason) VALUES ('${product(1)}', 0, 'none')`)).toMatch(
      /ck_stock_movements_nonzero/,
    );

    // recommends / recommended_by: one table, two named columns, read in either direction.
    await db.exec(`INSERT INTO product_recommendations (product_id, recommended_id) VALUES ('${product(1)}', '${product(2)}')`);
    const recommends = await db.query<{ recommended_id: string }>(`SELECT recommended_id FROM product_recommendations WHERE product_id = '${product(1)}'`);
    const recommendedBy = await db.query<{ product_id: string }>(`SELECT product_id FROM product_recommendations WHERE recommended_id = '${product(2)}'`);
    expect([recommends.rows.map((r) => r.recommended_id), recommendedBy.rows.map((r) => r.product_id)]).toEqual([[product(2)], [product(1)]]);
    // wishlist and recently_viewed: two join tables between the same two models, each with its own rows.
    await db.exec(`INSERT INTO customers (id, email, password_hash, name) VALUES ('00000000-0000-0000-0000-0000000000a1', 'a@example.com', 'x', 'Ada')`);
    await db.exec(`INSERT INTO wishlist_items (customer_id, product_id) VALUES ('00000000-0000-0000-0000-0000000000a1', '${product(1)}')`);
    await db.exec(`INSERT INTO recently_viewed_products (customer_id, product_id) VALUES ('00000000-0000-0000-0000-0000000000a1', '${product(1)}')`);
    const joined = await db.query<{ n: number }>(
      `SELECT (SELECT count(*) FROM wishlist_items)::int + (SELECT count(*) FROM recently_viewed_products)::int AS n`,
    );
    expect(joined.rows[0]!.n).toBe(2);
  });

  test("Identity<'always'> rejects a client-supplied value", async () => {
    const ir = spec.ir!;
    const always = {
      ...ir,
      models: ir.models.map((m) =>
        m.name === "StockMovement" ? { ...m, fields: m.fields.map((f) => (f.identity ? { ...f, identity: "always" as const } : f)) } : m,
      ),
    };
    const sql = emitSql(always, spec.config);
    expect(sql).toContain("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY");
    const { db } = await applyInFreshSchema(sql);
    expect(await failure(db, `INSERT INTO stock_movements (id, product_id, quantity, reason) VALUES (1, gen_random_uuid(), 1, 'x')`)).toMatch(
      /cannot insert a non-DEFAULT value into column "id"/,
    );
  });
});
