/**
 * The document as fragments: each operation, webhook and component schema is neutralized and serialized on its
 * own (JSON and YAML, at its depth), and the artifacts are assembled from those strings. The emitter keeps the
 * previous emit's fragments: one whose value is the same JSON as before (the same object, when the IR and the
 * model keep unchanged nodes) is reused, so a watch rebuild serializes only what changed. Reuse never changes
 * the output: a fragment's strings are a function of its value alone, which is compared in full.
 */
import { prepareFragment } from "./descriptions";
import { sameJson } from "@specloom/core";
import { nodeReuse } from "@specloom/model";
import { fragmentEntries, keepRun, keptRun, RUN, type FragmentRun } from "./runs";
import { PrerenderedYaml, type YamlLayout } from "./yaml-writer";

/**
 * A serialized subtree: its value (descriptions not yet neutralized), JSON at its depth, YAML (empty when only
 * js-yaml can render it, `yamlLaidOut` false), its `$ref`s.
 */
export class RenderedFragment extends PrerenderedYaml {
  constructor(
    readonly value: object,
    readonly neutralized: object,
    readonly json: string,
    yaml: string | undefined,
    level: number,
    readonly refs: readonly string[],
  ) {
    super(yaml ?? "", level);
    this.yamlLaidOut = yaml !== undefined;
  }

  readonly yamlLaidOut: boolean;
}

const indents: string[] = [];
const indent = (depth: number): string => (indents[depth] ??= "\n" + "  ".repeat(depth));

/**
 * Renders fragments, reusing the previous emit's by slot (a fragment's place in the document, `paths /x get`).
 * `yaml` is undefined once a value needs js-yaml itself (then the caller dumps the plain document).
 */
export class FragmentRenderer {
  readonly rendered = new Map<string, RenderedFragment>();
  yamlLaidOut = true;
  /** Neutralized descriptions, by text. */
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly previous: ReadonlyMap<string, RenderedFragment> | undefined,
    private readonly yaml: YamlLayout,
  ) {}

  render(slot: string, value: object, depth: number): RenderedFragment {
    const before = this.previous?.get(slot);
    const fragment = before && before.level === depth && sameJson(before.value, value) ? before : this.fresh(value, depth);
    this.rendered.set(slot, fragment);
    if (!fragment.yamlLaidOut) this.yamlLaidOut = false;
    return fragment;
  }

  private fresh(value: object, depth: number): RenderedFragment {
    const { neutralized, refs } = prepareFragment(value, this.texts);
    return new RenderedFragment(value, neutralized, jsonAt(neutralized, depth), this.yaml.layout(neutralized, depth), depth, refs);
  }
}

/** Wrappers that put a value at `depth`, so JSON.stringify indents it there itself: `{"": {"": <value>}}`. */
const wrappers: { open: number; close: number }[] = [];

/** JSON.stringify(value, null, 2) as it reads at `depth` in the document. */
function jsonAt(value: object, depth: number): string {
  let wrapped: unknown = value;
  for (let i = 0; i < depth; i++) wrapped = { "": wrapped };
  const text = JSON.stringify(wrapped, null, 2);
  const cut = (wrappers[depth] ??= measureWrapper(depth));
  return text.slice(cut.open, text.length - cut.close);
}

function measureWrapper(depth: number): { open: number; close: number } {
  let wrapped: unknown = 0;
  for (let i = 0; i < depth; i++) wrapped = { "": wrapped };
  const [open = "", close = ""] = JSON.stringify(wrapped, null, 2).split("0");
  return { open: open.length, close: close.length };
}

/**
 * JSON.stringify(doc, null, 2) of a document whose fragments are already serialized, as pieces joined once: a
 * join per level would copy the large sections again at each level above them.
 */
export function assembleJson(doc: unknown, end = ""): string {
  const out: string[] = [];
  writeJson(doc, 0, out);
  out.push(end);
  return out.join("");
}

function writeJson(node: unknown, depth: number, out: string[]): void {
  if (node instanceof RenderedFragment) {
    out.push(node.json);
    return;
  }
  if (node === null || typeof node !== "object") {
    out.push(JSON.stringify(node) ?? "null");
    return;
  }
  const open = indent(depth + 1);
  let empty = true;
  if (Array.isArray(node)) {
    out.push("[");
    for (const item of node) {
      out.push(empty ? open : "," + open);
      empty = false;
      if (item === undefined || typeof item === "function" || typeof item === "symbol") out.push("null");
      else writeJson(item, depth + 1, out);
    }
    if (empty) out[out.length - 1] = "[]";
    else out.push(indent(depth), "]");
    return;
  }
  const entries = nodeReuse() ? fragmentEntries(node, isRendered) : undefined;
  if (entries) {
    out.push("{");
    for (let i = 0; i < entries.length; i += RUN) out.push(jsonRun(entries.slice(i, i + RUN), depth, i === 0));
    out.push(indent(depth), "}");
    return;
  }
  out.push("{");
  for (const [key, value] of Object.entries(node)) {
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    out.push(empty ? open : "," + open, JSON.stringify(key), ": ");
    empty = false;
    writeJson(value, depth + 1, out);
  }
  if (empty) out[out.length - 1] = "{}";
  else out.push(indent(depth), "}");
}

const jsonRuns = new WeakMap<RenderedFragment, FragmentRun<RenderedFragment>>();
const isRendered = (v: unknown): v is RenderedFragment => v instanceof RenderedFragment;

function jsonRun(entries: readonly [string, RenderedFragment][], depth: number, opens: boolean): string {
  const at = `${depth} ${opens}`;
  const kept = keptRun(jsonRuns, entries, at);
  if (kept !== undefined) return kept;
  const open = indent(depth + 1);
  const out: string[] = [];
  entries.forEach(([key, fragment], i) => out.push(i === 0 && opens ? open : "," + open, JSON.stringify(key), ": ", fragment.json));
  return keepRun(jsonRuns, entries, at, out.join(""));
}

/** The document with each fragment's neutralized value in place (for js-yaml, when it must render it all). */
export function plainDocument(node: unknown): unknown {
  if (node instanceof RenderedFragment) return node.neutralized;
  if (Array.isArray(node)) return node.map(plainDocument);
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, plainDocument(v)]));
}
