/** Column changes on a surviving table: drops, adds, type (with a USING cast), nullability, default, comment. */
import type { Change } from "./change";
import type { PlanContext, TablePair } from "./plan-context";
import * as sql from "./statements";
import type { Column } from "./table-model";

export function planColumns(ctx: PlanContext, pair: TablePair): Change[] {
  const out: Change[] = [];
  const t = pair.next.name;
  const base = { phase: "transaction" as const, table: t, existingTable: true };
  for (const o of pair.translated.columns) {
    if (pair.next.columns.some((c) => c.name === o.name)) continue;
    out.push({ ...base, kind: "drop-column", column: o.name, statements: [sql.alterTable(t, `DROP COLUMN ${sql.q(o.name)}`)] });
  }
  for (const n of pair.next.columns) {
    const o = pair.translated.columns.find((c) => c.name === n.name);
    if (!o) {
      const statements = [sql.addColumn(t, n), ...(n.comment ? [sql.columnComment(t, n.name, n.comment)] : [])];
      // A volatile default (gen_random_uuid()) is evaluated per row: PostgreSQL rewrites the table.
      // So does an identity column: every existing row gets its number.
      const rewrite = (n.default !== undefined && /random|uuid/i.test(n.default)) || n.identity !== undefined;
      out.push({
        ...base,
        kind: "add-column",
        column: n.name,
        hasDefault: n.default !== undefined || n.identity !== undefined,
        notNull: n.notNull,
        to: n.sqlType,
        rewrite,
        statements: [...statements],
      });
      continue;
    }
    // An identity column has no default: the identity goes before a default is set, and comes after it is dropped.
    if (o.identity && !n.identity)
      out.push({ ...base, kind: "drop-identity", column: n.name, from: o.identity, statements: [sql.alterColumn(t, n.name, "DROP IDENTITY")] });
    let currentDefault = o.default;
    if (ctx.retyped.has(`${t}.${n.name}`)) {
      const statements: string[] = [];
      // The old default is typed with the old type (an enum's old half, say): drop it, convert, set it again.
      if (currentDefault !== undefined) statements.push(sql.alterColumn(t, n.name, "DROP DEFAULT"));
      currentDefault = undefined;
      const enumInvolved = o.enumType !== undefined || n.enumType !== undefined;
      const using = sql.usingCast(n.name, o.sqlType, n.sqlType, enumInvolved);
      statements.push(sql.alterColumn(t, n.name, `TYPE ${n.sqlType}${using ? ` USING ${using}` : ""}`));
      // Same type name: the enum is recreated around the column; its removed values are reported on the enum.
      const widening = o.sqlType === n.sqlType || sql.widening(o.sqlType, n.sqlType);
      const rewrite = !sql.binaryCoercible(o.sqlType, n.sqlType);
      out.push({ ...base, kind: "alter-column-type", column: n.name, from: o.sqlType, to: n.sqlType, widening, rewrite, statements });
    }
    if (o.notNull !== n.notNull) {
      const kind = n.notNull ? "set-not-null" : "drop-not-null";
      out.push({
        ...base,
        kind,
        column: n.name,
        hasDefault: n.default !== undefined,
        statements: [sql.alterColumn(t, n.name, n.notNull ? "SET NOT NULL" : "DROP NOT NULL")],
      });
    }
    if (currentDefault !== n.default) {
      const statement = sql.alterColumn(t, n.name, n.default === undefined ? "DROP DEFAULT" : `SET DEFAULT ${n.default}`);
      out.push({ ...base, kind: n.default === undefined ? "drop-default" : "set-default", column: n.name, statements: [statement] });
    }
    if (n.identity && o.identity !== n.identity) out.push(identityChange(t, n.name, o.identity, n.identity));
    if ((o.comment ?? null) !== (n.comment ?? null))
      out.push({ ...base, kind: "comment", column: n.name, statements: [sql.columnComment(t, n.name, n.comment)] });
  }
  return out;
}

type IdentityMode = NonNullable<Column["identity"]>;
const generated = (mode: IdentityMode) => (mode === "always" ? "ALWAYS" : "BY DEFAULT");

/** Makes a column an identity, or switches its mode; a new sequence continues after the rows' highest value. */
function identityChange(t: string, column: string, from: IdentityMode | undefined, to: IdentityMode): Change {
  const base = { phase: "transaction" as const, table: t, column, existingTable: true, to };
  if (from) return { ...base, kind: "alter-identity", from, statements: [sql.alterColumn(t, column, `SET GENERATED ${generated(to)}`)] };
  const c = sql.q(column);
  const table = sql.q(t);
  return {
    ...base,
    kind: "add-identity",
    statements: [
      sql.alterColumn(t, column, `ADD GENERATED ${generated(to)} AS IDENTITY`),
      `SELECT setval(pg_get_serial_sequence(${sql.literal(table)}, ${sql.literal(column)}), COALESCE(max(${c}), 0) + 1, false) FROM ${table};`,
    ],
  };
}
