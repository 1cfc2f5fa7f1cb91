import { sameJson, type Emitter } from "@specloom/core";
import { nodeReuse } from "@specloom/model";
import { neutralizeDescriptions } from "./descriptions";
import { buildDocument, documentInputs } from "./document";
import { assembleJson, FragmentRenderer, plainDocument } from "./fragments";
import { OperationCache } from "./operation-cache";
import { YAML_OPTIONS, serializeYaml } from "./serialize";
import { YamlLayout } from "./yaml-writer";

/**
 * The previous emit's operations and fragments, reused where their inputs are unchanged (watch mode). Any
 * document may follow any other: reuse compares values, so a cache from another project only misses.
 */
let previous:
  { readonly inputs: readonly unknown[]; readonly operations: OperationCache["built"]; readonly fragments: FragmentRenderer["rendered"] } | undefined;

/** Scalars rendered by js-yaml, kept across emits: a rebuild renders the ones it has not seen. */
const yaml = new YamlLayout(YAML_OPTIONS);
const KEPT_SCALARS = 200_000;

// A throw here is reported by the CLI's one plugin guard (SL5001 naming the plugin).
export const openapiEmitter: Emitter = {
  name: "openapi",
  artifact: "openapi",
  emit(ctx) {
    yaml.keepAtMost(KEPT_SCALARS);
    const renderer = new FragmentRenderer(previous?.fragments, yaml);
    const inputs = documentInputs(ctx.ir, ctx.config);
    const operations = new OperationCache(previous && sameJson(previous.inputs, inputs) ? previous.operations : undefined);
    const place = (slot: string, value: object, depth: number) => {
      const fragment = renderer.render(slot, value, depth);
      return { node: fragment, refs: fragment.refs };
    };
    // Fragments are neutralized as they are rendered; the rest of the document here.
    const doc = neutralizeDescriptions(buildDocument(ctx.ir, ctx.config, { place }, operations));
    // Only this emit's maps: keeping the caches themselves would chain every earlier emit. A one-shot build
    // (no next emit) keeps nothing, so the later phases do not carry ~65 MB at N=1000.
    previous = nodeReuse() ? { inputs, operations: operations.built, fragments: renderer.rendered } : undefined;
    const laidOut = renderer.yamlLaidOut ? yaml.layout(doc, 0, "\n") : undefined;
    if (!nodeReuse()) yaml.keepAtMost(0);
    return {
      files: [
        // The final newline is joined in, not appended: a string + "\n" is a rope the write would copy to flatten.
        { path: "openapi.json", content: assembleJson(doc, "\n") },
        { path: "openapi.yaml", content: laidOut ?? serializeYaml(plainDocument(doc)) },
      ],
    };
  },
};
