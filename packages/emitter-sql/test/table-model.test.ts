/** The table model and rendering, without a database: naming, shortening, dialect hooks, golden DDL. */
import * as path from "node:path";
import { DEFAULT_CONFIG } from "@specloom/core";
import { buildTableModel, PostgresDialect, quoteIdent, renderCreateIndex, renderForeignKey, shortenIdentifier } from "@specloom/model";
import { emitSql, sqlEmitter } from "../src";
import { blogIR, expectGolden, namingIR, sqlConfig } from "@specloom/test-support";

const golden = (name: string) => path.join(__dirname, "golden", name);

test("golden schema.sql for the blog IR, native enums and CHECK enums", () => {
  expectGolden(golden("blog.schema.sql"), emitSql(blogIR(), sqlConfig()));
  expectGolden(golden("blog-check-enums.schema.sql"), emitSql(blogIR(), sqlConfig({ enums: "check" })));
  expectGolden(golden("naming-preserve.schema.sql"), emitSql(namingIR(), sqlConfig({ naming: "preserve" })));
});

test("quoting only where needed", () => {
  expect(["users", "user", "order", "group", "createdAt", "na-me", "status"].map(quoteIdent)).toEqual([
    "users",
    '"user"',
    '"order"',
    '"group"',
    '"createdAt"',
    '"na-me"',
    "status",
  ]);
});

test("identifiers over 63 bytes are cut deterministically with a hash suffix", () => {
  const a = "a".repeat(70);
  const b = `${"a".repeat(69)}b`;
  expect(shortenIdentifier(a, 63)).toHaveLength(63);
  expect(shortenIdentifier(a, 63)).toMatch(/^a{54}_[0-9a-f]{8}$/);
  expect(shortenIdentifier(a, 63)).toBe(shortenIdentifier(a, 63));
  expect(shortenIdentifier(a, 63)).not.toBe(shortenIdentifier(b, 63));
  expect(Buffer.byteLength(shortenIdentifier("é".repeat(40), 63))).toBeLessThanOrEqual(63);
  const model = buildTableModel(namingIR(), DEFAULT_CONFIG.sql);
  const names = model.tables.flatMap((t) => [
    t.name,
    ...t.columns.map((c) => c.name),
    ...t.indexes.map((i) => i.name),
    ...t.foreignKeys.map((f) => f.name),
  ]);
  for (const n of names) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(63);
  expect(names.some((n) => /_[0-9a-f]{8}$/.test(n))).toBe(true);
});

test("preserve naming keeps names as written; a self many-to-many gets two distinct key columns", () => {
  const model = buildTableModel(namingIR(), { ...DEFAULT_CONFIG.sql, naming: "preserve" });
  const person = model.tables.find((t) => t.name === "Person")!;
  expect(person.columns.map((c) => c.name)).toEqual(["id", "displayName", "updatedAt"]);
  const join = model.tables.find((t) => t.kind === "join")!;
  expect(join).toMatchObject({ name: "PersonFollowers", primaryKey: ["personId", "followersId"] });
  expect(join.foreignKeys.map((f) => `${f.columns.join(",")} -> ${f.refTable}.${f.refColumns.join(",")} ${f.onDelete}`)).toEqual([
    "personId -> Person.id cascade",
    "followersId -> Person.id cascade",
  ]);
  expect(model.joinTables[0]).toMatchObject({ kind: "implicit", left: { model: "Person" }, right: { model: "Person" } });
});

test("table model facts other emitters rely on", () => {
  const model = buildTableModel(blogIR(), DEFAULT_CONFIG.sql);
  const users = model.tables.find((t) => t.name === "users")!;
  expect(users).toMatchObject({ modelName: "User", softDeleteColumn: "deleted_at", updatedAtColumn: "updated_at", primaryKey: ["id"] });
  expect(users.columns.find((c) => c.name === "role")).toMatchObject({ sqlType: "user_role", enumType: "user_role", default: "'user'", notNull: true });
  expect(users.columns.find((c) => c.name === "email")).toMatchObject({ unique: true, sqlType: "VARCHAR(255)" });
  expect(users.uniques).toEqual([]);
  expect(users.indexes.map((i) => `${i.origin}:${i.name}`)).toEqual([
    "explicit:idx_users_created_at",
    "field:idx_users_role",
    "unique:uq_users_email",
    "fk:idx_users_manager_id",
    "fk:idx_users_team_id",
  ]);
  const profiles = model.tables.find((t) => t.name === "profiles")!;
  expect(profiles.foreignKeys[0]).toMatchObject({ unique: true, optional: false, label: "user" });
  expect(model.tables.find((t) => t.name === "memberships")!.columns.find((c) => c.name === "team_id")!.references).toEqual({
    table: "teams",
    column: "id",
  });
  expect(model.tables.find((t) => t.name === "post_tags")!.columns.map((c) => `${c.name} ${c.sqlType}`)).toEqual(["post_id UUID", "tag_id INTEGER"]);
  expect(model.joinTables.map((j) => `${j.kind}:${j.table}`)).toEqual(["through:memberships", "implicit:post_tags"]);
  expect(model.enums).toEqual([{ name: "user_role", enumName: "UserRole", values: ["user", "admin", "moderator"], comment: "What a user may do." }]);
  expect(model.updatedAtFunction).toBe("set_updated_at");
});

test("seed-style snippets for markdown", () => {
  const model = buildTableModel(blogIR(), DEFAULT_CONFIG.sql);
  const posts = model.tables.find((t) => t.name === "posts")!;
  expect(renderCreateIndex(posts.indexes[0]!)).toBe(
    "CREATE INDEX idx_posts_published_by_author ON posts(author_id, created_at DESC) WHERE status = 'published';",
  );
  expect(renderForeignKey(posts.foreignKeys[0]!)).toBe(
    "ALTER TABLE posts ADD CONSTRAINT fk_posts_author_id\n  FOREIGN KEY (author_id) REFERENCES users(id) ON DELETE CASCADE;",
  );
});

test("dialect hooks: a subclass changes types and the identifier limit everywhere", () => {
  class NarrowDialect extends PostgresDialect {
    override readonly maxIdentifierBytes = 24;
    override primitiveType(type: Parameters<PostgresDialect["primitiveType"]>[0]): string {
      return type.constraints?.format === "uuid" ? "CHAR(36)" : super.primitiveType(type);
    }
  }
  const model = buildTableModel(blogIR(), DEFAULT_CONFIG.sql, new NarrowDialect());
  const names = model.tables.flatMap((t) => [...t.indexes.map((i) => i.name), ...t.foreignKeys.map((f) => f.name), ...t.checks.map((c) => c.name)]);
  for (const n of names) expect(Buffer.byteLength(n)).toBeLessThanOrEqual(24);
  expect(model.tables[0]!.columns[0]!.sqlType).toBe("CHAR(36)");
  expect(model.tables.find((t) => t.name === "posts")!.columns.find((c) => c.name === "author_id")!.sqlType).toBe("CHAR(36)");
});

test("numbers: float is REAL, double and plain numbers DOUBLE PRECISION; an integer of no size INTEGER", () => {
  const d = new PostgresDialect();
  expect(d.primitiveType({ kind: "primitive", name: "number", constraints: { format: "float" } })).toBe("REAL");
  expect(d.primitiveType({ kind: "primitive", name: "number", constraints: { format: "double" } })).toBe("DOUBLE PRECISION");
  expect(d.primitiveType({ kind: "primitive", name: "number" })).toBe("DOUBLE PRECISION");
  expect(d.primitiveType({ kind: "primitive", name: "integer" })).toBe("INTEGER");
});

test("sqlEmitter writes schema.sql, deterministically", async () => {
  const result = await sqlEmitter.emit({ ir: blogIR(), config: sqlConfig(), language: "en" });
  expect(result.files.map((f) => f.path)).toEqual(["schema.sql"]);
  expect(result.files[0]!.content).toBe(emitSql(blogIR(), sqlConfig()));
});

test("mixed literal sets are stored and compared as text", () => {
  const ir = blogIR();
  const posts = ir.models.find((m) => m.name === "Post")!;
  const mixed = {
    ...posts,
    fields: [
      ...posts.fields,
      {
        ...posts.fields[1]!,
        name: "kind",
        column: "kind",
        type: {
          kind: "union" as const,
          variants: [
            { kind: "literal" as const, value: "a" },
            { kind: "literal" as const, value: 1 },
          ],
        },
      },
    ],
  };
  const model = buildTableModel({ ...ir, models: ir.models.map((m) => (m === posts ? mixed : m)) }, DEFAULT_CONFIG.sql);
  const table = model.tables.find((t) => t.name === "posts")!;
  expect(table.columns.find((c) => c.name === "kind")!.sqlType).toBe("TEXT");
  expect(table.checks.find((c) => c.column === "kind")!.expression).toBe("kind IN ('a', '1')");
});

test("odd input never throws: unknown targets and fields, no primary key, empty models", () => {
  const ir = blogIR();
  const odd = {
    ...ir,
    models: [
      ...ir.models,
      {
        ...ir.models[1]!,
        name: "Orphan",
        table: "orphans",
        fields: [],
        relations: [
          {
            kind: "relation" as const,
            relationKind: "belongsTo" as const,
            name: "ghost_id",
            targetModel: "Ghost",
            foreignKey: "ghost_id",
            optional: false,
            docs: {},
            loc: ir.models[0]!.loc,
          },
          {
            kind: "relation" as const,
            relationKind: "manyToMany" as const,
            name: "ghosts",
            targetModel: "Ghost",
            optional: false,
            docs: {},
            loc: ir.models[0]!.loc,
          },
          {
            kind: "relation" as const,
            relationKind: "manyToMany" as const,
            name: "teams",
            targetModel: "Team",
            through: "Nowhere",
            optional: false,
            docs: {},
            loc: ir.models[0]!.loc,
          },
        ],
        indexes: [{ kind: "index" as const, columns: [{ field: "nope", order: "asc" as const }], unique: true, loc: ir.models[0]!.loc }],
        uniques: [["missing"]],
      },
    ],
  };
  expect(() => emitSql(odd, sqlConfig())).not.toThrow();
  expect(buildTableModel(odd, DEFAULT_CONFIG.sql).tables.find((t) => t.name === "orphans")!.foreignKeys).toEqual([]);
});
