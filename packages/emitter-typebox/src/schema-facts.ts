/**
 * What validators.ts needs to know about whole schema sets (string formats used, fractional steps, a
 * component's references) and the printed TypeBox code of each schema, remembered per schema object. The
 * JSON Schemas are immutable once built and the model keeps them while their inputs hold, so a watch rebuild
 * walks and prints only the schemas an edit changed.
 */
import { nodeReuse, refTarget, schemaRefs, type JsonSchema } from "@specloom/model";
import { collectFormats } from "./formats";
import { usesFractionalStep } from "./decimal-step";
import { printSchema, type PrintContext } from "./printer";

function memo<T>(derive: (value: object) => T): (value: object) => T {
  const cache = new WeakMap<object, T>();
  return (value) => {
    let found = cache.get(value);
    if (found === undefined) cache.set(value, (found = derive(value)));
    return found;
  };
}

const formatsOf = memo((value) => collectFormats(value, new Set()));
const fractionalIn = memo((value) => usesFractionalStep(value));

/*
 * The containers are records of schemas by name: their own keys are names, their values objects, so a
 * container never matches a schema test itself (`type: "string"` needs a string value); only its entries count.
 */

/** collectFormats over the containers, each entry walked once per object. */
export function formatsUsed(containers: readonly object[]): Set<string> {
  const out = new Set<string>();
  for (const container of containers)
    for (const v of Object.values(container) as unknown[]) if (v && typeof v === "object") for (const f of formatsOf(v)) out.add(f);
  return out;
}

/** usesFractionalStep over the containers, each entry walked once per object. */
export function fractionalStepUsed(containers: readonly object[]): boolean {
  return containers.some((container) => (Object.values(container) as unknown[]).some((v) => v && typeof v === "object" && fractionalIn(v)));
}

/** Component names a schema refers to, in document order. */
export const refsOf = memo((value): readonly string[] => schemaRefs(value).flatMap((r) => refTarget({ $ref: r }) ?? []));

type Call = readonly [kind: "identifier" | "cyclicRef", component: string, result: string | undefined];

interface Printed {
  readonly text: string;
  /** Every question printing asked the context, in order, with its answer. */
  readonly calls: readonly Call[];
}

const printedBy = new WeakMap<object, Map<string, Printed>>();

/**
 * `print(ctx)`, remembered under `key` and `slot`: reused while the context answers every reference the same
 * (printing depends on nothing else but the schema, whose object is the key). Asking again has the same effects
 * printing would have (cyclicRef notes a self-reference), up to the first answer that differs.
 */
export function printedOnce(key: object, slot: string, ctx: PrintContext, print: (ctx: PrintContext) => string): string {
  // A one-shot build has no next build to reuse the text: keeping it would only add to peak memory.
  if (!nodeReuse()) return print(ctx);
  let perKey = printedBy.get(key);
  if (!perKey) printedBy.set(key, (perKey = new Map<string, Printed>()));
  const hit = perKey.get(slot);
  if (hit && hit.calls.every(([kind, component, result]) => ctx[kind](component) === result)) return hit.text;
  const calls: Call[] = [];
  const recording: PrintContext = {
    identifier: (c) => {
      const result = ctx.identifier(c);
      calls.push(["identifier", c, result]);
      return result;
    },
    cyclicRef: (c) => {
      const result = ctx.cyclicRef(c);
      calls.push(["cyclicRef", c, result]);
      return result;
    },
  };
  const text = print(recording);
  perKey.set(slot, { text, calls });
  return text;
}

/** printSchema of a schema object, remembered as above. */
export function printedSchema(schema: JsonSchema, ctx: PrintContext): string {
  return printedOnce(schema, "schema", ctx, (recording) => printSchema(schema, recording));
}
