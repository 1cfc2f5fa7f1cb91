/**
 * Watch mode keeps the IR nodes of unchanged files, and the checker and the model
 * cache by node identity: a run on an IR that shares nodes with an earlier one
 * must find exactly what a run on a fresh IR (every node new) finds, in the same order.
 */
import type { ModelNode, SpecIR } from "@specloom/core";
import { baseline, baselineEndpoint, checkerConfig, column, index, t } from "@specloom/test-support";
import { runChecker } from "../src";

const replaceModel = (ir: SpecIR, name: string, change: (m: ModelNode) => ModelNode): SpecIR => ({
  ...ir,
  models: ir.models.map((m) => (m.name === name ? change(structuredClone(m)) : m)),
});

function expectSameAsFresh(ir1: SpecIR, edit: (ir: SpecIR) => SpecIR): SpecIR {
  runChecker(ir1, checkerConfig()); // fills the caches with IR 1's nodes
  const ir2 = edit(ir1);
  const found = runChecker(ir2, checkerConfig());
  expect(found).toStrictEqual(runChecker(structuredClone(ir2), checkerConfig()));
  return ir2;
}

it("finds on a node-sharing IR what it finds on a fresh one", () => {
  const edits: ((ir: SpecIR) => SpecIR)[] = [
    // A kept model's table: Post's index now collides with the name User's new named index took.
    (ir) => replaceModel(ir, "User", (m) => ({ ...m, indexes: [index([["email", "asc"]], { name: "idx_posts_user_id" })] })),
    // Organization loses its key: User (kept) references it.
    (ir) => replaceModel(ir, "Organization", (m) => ({ ...m, fields: [column("code", t.str())] })),
    // A schema kept endpoints return gains a sensitive field: they expose it now.
    (ir) => ({
      ...ir,
      schemas: ir.schemas.map((x) =>
        x.name === "PublicUser" && x.type.kind === "object"
          ? { ...x, type: { ...x.type, properties: [...x.type.properties, column("secret", t.str(), { visibility: "sensitive" })] } }
          : x,
      ),
    }),
    // A new endpoint shadowed by a kept one, and one that duplicates a kept route.
    (ir) => ({
      ...ir,
      apis: ir.apis.map((a) =>
        a.name === "UsersApi"
          ? {
              ...a,
              endpoints: [
                ...a.endpoints,
                baselineEndpoint("getUserByName", "GET", "/api/users/by-name"),
                baselineEndpoint("getUserAgain", "GET", "/api/users/:userId"),
              ],
            }
          : a,
      ),
    }),
  ];
  let findings = 0;
  for (const edit of edits) {
    const ir2 = expectSameAsFresh(baseline(), edit);
    findings += runChecker(ir2, checkerConfig()).diagnostics.length;
  }
  expect(findings).toBeGreaterThan(6);
});
