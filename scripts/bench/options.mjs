/** The benchmark's command-line options, checked (see the usage in scripts/bench.mjs). */
import * as path from "node:path";
import { parseArgs } from "node:util";

const SCALING_SIZES = [250, 500, 1000, 2000, 4000];

export function options(root) {
  const { values } = parseArgs({
    options: {
      entities: { type: "string", default: "1000" },
      runs: { type: "string", default: "5" },
      edits: { type: "string", default: "10" },
      "scaling-runs": { type: "string" },
      "scaling-edits": { type: "string" },
      scaling: { type: "boolean", default: false },
      profile: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      "specloom-root": { type: "string" },
      sizes: { type: "string", default: SCALING_SIZES.join(",") },
      "scaling-only": { type: "boolean", default: false },
      warmup: { type: "boolean", default: true },
      typespec: { type: "boolean", default: true },
    },
    allowNegative: true,
  });
  return finishOptions(values, root);
}

function finishOptions(values, root) {
  const int = (name, min) => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}, got '${values[name]}'`);
    return n;
  };
  const runs = int("runs", 1);
  const edits = int("edits", 1);
  // Fewer runs and edits per scaling size keep the table affordable (N = 2000 takes minutes per build).
  values["scaling-runs"] ??= String(Math.min(runs, 3));
  values["scaling-edits"] ??= String(Math.min(edits, 5));
  return {
    entities: int("entities", 1),
    runs,
    edits,
    scalingRuns: int("scaling-runs", 1),
    // 0: no watch-mode measurement for the scaling sizes.
    scalingEdits: int("scaling-edits", 0),
    sizes: values.sizes.split(",").map((n) => {
      const v = Number(n);
      if (!Number.isInteger(v) || v < 1) throw new Error(`--sizes takes entity counts separated by commas, got '${values.sizes}'`);
      return v;
    }),
    scalingOnly: values["scaling-only"],
    warmup: values.warmup,
    typespec: values.typespec,
    scaling: values.scaling,
    profile: values.profile,
    json: values.json,
    specloomRoot: path.resolve(values["specloom-root"] ?? root),
  };
}
