/**
 * Watch mode keeps the IR nodes of unchanged files: the JSON Schemas derived from
 * one node (a model's component, an endpoint's bodies and parameters…) are reused
 * when a rebuild would derive exactly the same ones. A derivation reads the node
 * and asks the builder things (lookups by name, component names, hoisting); a
 * journal records each question with its answer. Reuse replays the questions in
 * order against the new build: the same answers mean the same result, and the
 * builder gets exactly the calls (and side effects) a fresh derivation makes.
 * Every builder call is idempotent, so a replay that fails halfway, followed by
 * the fresh derivation, still leaves the builder as the fresh derivation alone.
 */
import type { ModelNode } from "@specloom/core";
import type { IrIndex } from "../ir-index";
import { nodeReuse } from "../node-cache";
import { recordingIndex } from "../recording-map";
import type { JsonSchema } from "./json-schema";
import type { Direction, TypeContext } from "./type-schema";

/** What a derivation may ask of the schema builder. */
export interface SchemaServices {
  readonly lookup: IrIndex;
  /** Component name of a model in a direction (registers its request variant on demand). */
  modelComponent(model: string, direction: Direction): string;
  /** Component name of a named schema in a direction (its `Input` variant when it embeds models). */
  schemaComponent(schema: string, direction: Direction): string;
  hoist(hint: string, schema: JsonSchema): string;
  /** `<Model>Update`, the partial-update variant of a model. */
  patchVariant(model: ModelNode): string;
}

export function contextFor(s: SchemaServices, direction: Direction): TypeContext {
  return {
    lookup: s.lookup,
    direction,
    modelComponent: (model, dir) => s.modelComponent(model, dir),
    schemaComponent: (schema, dir) => s.schemaComponent(schema, dir),
    hoist: (hint, schema) => s.hoist(hint, schema),
  };
}

type Step =
  | { readonly ask: "lookup"; readonly map: "models" | "enums" | "schemas"; readonly name: string; readonly answer: unknown }
  | { readonly ask: "model" | "schema"; readonly name: string; readonly direction: Direction; readonly answer: string }
  | { readonly ask: "hoist"; readonly hint: string; readonly schema: JsonSchema; readonly answer: string }
  | { readonly ask: "patch"; readonly model: ModelNode; readonly answer: string };

interface Journal {
  readonly steps: Step[];
  /** Set when the derivation read a whole index: it cannot be checked question by question. */
  opaque: boolean;
}

function ask(s: SchemaServices, step: Step): unknown {
  switch (step.ask) {
    case "lookup":
      return s.lookup[step.map].get(step.name);
    case "model":
      return s.modelComponent(step.name, step.direction);
    case "schema":
      return s.schemaComponent(step.name, step.direction);
    case "hoist":
      return s.hoist(step.hint, step.schema);
    case "patch":
      return s.patchVariant(step.model);
  }
}

function recording(s: SchemaServices, journal: Journal): SchemaServices {
  const lookup = recordingIndex(
    s.lookup,
    (map, name, answer) => void journal.steps.push({ ask: "lookup", map, name, answer }),
    () => void (journal.opaque = true),
  );
  const answered = <T extends Step>(step: T): string => (journal.steps.push(step), step.answer as string);
  return {
    lookup,
    modelComponent: (name, direction) => answered({ ask: "model", name, direction, answer: s.modelComponent(name, direction) }),
    schemaComponent: (name, direction) => answered({ ask: "schema", name, direction, answer: s.schemaComponent(name, direction) }),
    hoist: (hint, schema) => answered({ ask: "hoist", hint, schema, answer: s.hoist(hint, schema) }),
    patchVariant: (model) => answered({ ask: "patch", model, answer: s.patchVariant(model) }),
  };
}

interface Entry<R> {
  readonly inputs: readonly unknown[];
  readonly journal: Journal;
  readonly value: R;
}

/** One kind of derivation from a node, reused across builds while its journal replays. */
export class SchemaUnits<N extends object, R, C = undefined> {
  private readonly cache = new WeakMap<N, Entry<R>>();

  constructor(private readonly derive: (s: SchemaServices, node: N, context: C) => R) {}

  /** `inputs`: everything of `context` the derivation reads (compared with `===`, so names and keys). */
  get(s: SchemaServices, node: N, inputs: readonly unknown[], context: C): R {
    if (!nodeReuse()) return this.derive(s, node, context);
    const entry = this.cache.get(node);
    if (entry && sameInputs(entry.inputs, inputs) && replays(s, entry.journal)) return entry.value;
    const journal: Journal = { steps: [], opaque: false };
    const value = this.derive(recording(s, journal), node, context);
    this.cache.set(node, { inputs, journal, value });
    return value;
  }
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);

function replays(s: SchemaServices, journal: Journal): boolean {
  if (journal.opaque) return false;
  for (const step of journal.steps) if (ask(s, step) !== step.answer) return false;
  return true;
}
