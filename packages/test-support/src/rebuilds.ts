/**
 * Watch mode's contract for emitters: the front end keeps the nodes of unchanged files by identity, and
 * emitters may cache what they print per node, so an edit re-prints only what changed. A cache may change
 * speed, never output: `expectRebuildsMatchFresh` emits a spec, then edited versions of it that share most
 * nodes with the one before, and checks each against a fresh emit of a deep copy (no node seen before).
 * The copy is a fair oracle for caches keyed by object identity (every lookup misses); a cache keyed by
 * content would serve the copy too, so such a cache needs its own test.
 */
import type { AuthConfig, EnumNode, ErrorsConfig, FieldNode, ModelNode, SpecIR, TypeNode } from "@specloom/core";
import { sameJson } from "@specloom/core";
import { enumNode, section } from "./ir-builder";

const withSummary = <T extends { readonly docs: object }>(node: T, summary: string): T => ({ ...node, docs: { ...node.docs, summary } });

function longer(type: TypeNode): TypeNode {
  if (type.kind !== "primitive" || type.name !== "string") return type;
  return { ...type, constraints: { ...type.constraints, maxLength: (type.constraints?.maxLength ?? 40) + 7 } };
}

function editedField(f: FieldNode): FieldNode {
  return { ...withSummary(f, `${f.docs.summary ?? f.name} (edited)`), type: longer(f.type) };
}

function editedModel(m: ModelNode): ModelNode {
  return { ...withSummary(m, "Edited in watch mode."), fields: m.fields.map((f, i) => (i === m.fields.length - 1 ? editedField(f) : f)) };
}

const replaceAt = <T>(list: readonly T[], i: number, next: (x: T) => T): T[] => list.map((x, j) => (j === i ? next(x) : x));

/** The last belongsTo to another model dropped: its target loses an incoming reference (the target's node unchanged). */
function withoutBelongsTo(ir: SpecIR): SpecIR {
  const points = (m: ModelNode, r: ModelNode["relations"][number]) => r.relationKind === "belongsTo" && r.targetModel !== m.name;
  const i = ir.models.findLastIndex((m) => m.relations.some((r) => points(m, r)));
  if (i < 0) return { ...ir };
  return { ...ir, models: replaceAt(ir.models, i, (m) => ({ ...m, relations: m.relations.filter((r) => !points(m, r)) })) };
}

/** The error format switched (a section added when there is none): every endpoint's error bodies change. */
function otherErrorFormat(ir: SpecIR): SpecIR {
  const value: ErrorsConfig = ir.config.errors?.value ?? {};
  const errors = section("errors", { ...value, format: value.format === "problem+json" ? "specloom" : "problem+json" } satisfies ErrorsConfig);
  return { ...ir, config: { ...ir.config, errors } };
}

/** The auth strategy switched between JWT and sessions (a session auth section added when there is none). */
function otherAuthStrategy(ir: SpecIR): SpecIR {
  const auth = ir.config.auth;
  if (!auth) {
    const added: AuthConfig = {
      strategy: "session",
      accessToken: { ttl: "15m" },
      passwordHashing: { algorithm: "bcrypt", rounds: 12 },
      roles: ["user", "admin"],
    };
    return { ...ir, config: { ...ir.config, auth: section("auth", added) } };
  }
  return { ...ir, config: { ...ir.config, auth: { ...auth, value: { ...auth.value, strategy: auth.value.strategy === "session" ? "jwt" : "session" } } } };
}

/** Edits a user makes between two saves, each applied to the result of the one before. */
export interface SpecEdit {
  readonly name: string;
  readonly edit: (ir: SpecIR) => SpecIR;
  /** Changes identities only, never content (every other edit must change the spec, or the rebuild tests nothing). */
  readonly sameContent?: true;
}

export const SPEC_EDITS: readonly SpecEdit[] = [
  { name: "nothing changed (a new root, every node kept)", edit: (ir) => ({ ...ir }), sameContent: true },
  { name: "a model's field and docs", edit: (ir) => ({ ...ir, models: replaceAt(ir.models, 0, editedModel) }) },
  {
    name: "an enum gains a value",
    // A spec without enums gains one, so the edit always changes something.
    edit: (ir) =>
      ir.enums.length > 0
        ? { ...ir, enums: replaceAt(ir.enums, 0, (e): EnumNode => ({ ...e, values: [...e.values, "added_in_watch"] })) }
        : { ...ir, enums: [enumNode("AddedInWatch", ["added_in_watch"])] },
  },
  { name: "a belongsTo relation removed", edit: withoutBelongsTo },
  { name: "the error format switched", edit: otherErrorFormat },
  { name: "the auth strategy switched", edit: otherAuthStrategy },
  { name: "a schema's docs", edit: (ir) => ({ ...ir, schemas: replaceAt(ir.schemas, 0, (s) => withSummary(s, "Edited schema.")) }) },
  {
    name: "an endpoint's docs",
    edit: (ir) => ({
      ...ir,
      apis: replaceAt(ir.apis, 0, (a) => ({ ...a, endpoints: replaceAt(a.endpoints, 0, (e) => withSummary(e, "Edited endpoint.")) })),
    }),
  },
  { name: "the first schema removed (references to it no longer resolve)", edit: (ir) => ({ ...ir, schemas: ir.schemas.slice(1) }) },
  { name: "models reordered", edit: (ir) => ({ ...ir, models: [...ir.models].reverse() }) },
  { name: "the last model and API group removed", edit: (ir) => ({ ...ir, models: ir.models.slice(0, -1), apis: ir.apis.slice(0, -1) }) },
  { name: "the config copied (a new identity, same values)", edit: (ir) => ({ ...ir, config: { ...ir.config } }), sameContent: true },
  { name: "everything back as it was at first", edit: (ir) => ir, sameContent: true },
];

const BELONGS_TO = "a belongsTo relation removed";
const REORDERED = "models reordered";
const SCHEMA_DOCS = "a schema's docs";
const FIRST_SCHEMA = "the first schema removed (references to it no longer resolve)";

/** The edits a shared fixture has nothing for (no belongsTo, one model, no schema): `RebuildOptions.notApplicable`. */
export const NO_OP_EDITS = {
  docsSample: [BELONGS_TO, SCHEMA_DOCS, FIRST_SCHEMA, REORDERED],
  security: ["a model's field and docs", BELONGS_TO, REORDERED],
  responses: [BELONGS_TO, REORDERED],
  requests: [BELONGS_TO, REORDERED],
  naming: [SCHEMA_DOCS, "an endpoint's docs", FIRST_SCHEMA],
} as const satisfies Record<string, readonly string[]>;

export interface RebuildOptions {
  /**
   * Edits that find nothing to change in this fixture (no belongsTo to remove, no schema to document): each must
   * indeed change nothing here. Any other edit that changes nothing fails, since its rebuild would test no cache.
   */
  readonly notApplicable?: readonly string[];
}

/**
 * Emits `ir`, then every edit in turn, through `emit` (whose caches live across calls), and expects each
 * result to equal `emit` of a deep copy. `emit` returns the artifact text(s) to compare.
 */
export async function expectRebuildsMatchFresh(ir: SpecIR, emit: (ir: SpecIR) => unknown, options: RebuildOptions = {}): Promise<void> {
  const notApplicable = new Set(options.notApplicable ?? []);
  for (const name of notApplicable)
    expect({ notApplicable: name, known: SPEC_EDITS.some((e) => e.name === name) }).toEqual({ notApplicable: name, known: true });
  const first = ir;
  let current = ir;
  expect(await emit(current)).toEqual(await emit(structuredClone(current)));
  for (const { name, edit, sameContent } of SPEC_EDITS) {
    const before = current;
    current = name.startsWith("everything back") ? first : edit(current);
    if (!sameContent) {
      const changed = !sameJson(before, current);
      expect({ edit: name, changesTheSpec: changed }).toEqual({ edit: name, changesTheSpec: !notApplicable.has(name) });
    }
    const incremental = await emit(current);
    const fresh = await emit(structuredClone(current));
    // The edit's name in the failure message says which rebuild went wrong.
    expect({ edit: name, output: incremental }).toEqual({ edit: name, output: fresh });
  }
}
