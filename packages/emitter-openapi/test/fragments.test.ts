/**
 * The emitter assembles openapi.json and openapi.yaml from fragments (operations, webhooks, component schemas)
 * and reuses the previous emit's: its output must equal the document built in one piece and serialized whole,
 * after any sequence of emits, byte for byte.
 */
import type { EndpointNode, SpecIR, SpecloomConfig } from "@specloom/core";
import {
  expectRebuildsMatchFresh,
  buildRequestsIr,
  buildResponsesIr,
  buildSampleIr,
  buildSecurityIr,
  requestsApiConfig,
  responsesApiConfig,
  sampleApiConfig,
  securityConfig,
  t,
} from "@specloom/test-support";
import { buildOpenApi, openapiEmitter, serializeJson, serializeYaml } from "../src";
import { neutralizeDescriptions } from "../src/descriptions";
import { assembleJson, FragmentRenderer, plainDocument } from "../src/fragments";
import { sameJson } from "@specloom/core";
import { isErrorStatus } from "@specloom/model";
import { YAML_OPTIONS } from "../src/serialize";
import { YamlLayout } from "../src/yaml-writer";

/** The document built in one piece and serialized whole. */
function reference(ir: SpecIR, config: SpecloomConfig): string[] {
  const doc = neutralizeDescriptions(buildOpenApi(ir, config));
  return [serializeJson(doc), serializeYaml(doc)];
}

async function emitted(ir: SpecIR, config: SpecloomConfig): Promise<string[]> {
  const result = await openapiEmitter.emit({ ir, config, language: "en" });
  return result.files.map((f) => f.content);
}

const withVersion = (config: SpecloomConfig, version: "3.1.0" | "3.0.3"): SpecloomConfig => ({ ...config, openapi: { ...config.openapi, version } });

const fixtures: [string, () => SpecIR, SpecloomConfig][] = [
  ["sample", buildSampleIr, sampleApiConfig()],
  ["security", buildSecurityIr, securityConfig()],
  ["requests", buildRequestsIr, requestsApiConfig()],
  ["responses", buildResponsesIr, responsesApiConfig()],
];

test.each(fixtures)(
  "%s: the artifacts assembled from fragments equal the document serialized whole (3.1 and 3.0, twice)",
  async (_name, build, config) => {
    for (const version of ["3.1.0", "3.0.3"] as const) {
      const c = withVersion(config, version);
      const want = reference(build(), c);
      expect(await emitted(build(), c)).toEqual(want);
      // The second emit of an equal IR reuses every operation and fragment.
      expect(await emitted(build(), c)).toEqual(want);
    }
  },
);

/** The IR with the endpoints of one group replaced; every other node is the same object. */
function editEndpoints(ir: SpecIR, edit: (e: EndpointNode, i: number) => EndpointNode | undefined): SpecIR {
  return { ...ir, apis: ir.apis.map((a, j) => (j === 0 ? { ...a, endpoints: a.endpoints.flatMap((e, i) => edit(e, i) ?? []) } : a)) };
}

describe("an edit re-serializes what changed, and the result equals a fresh emit of the edited IR", () => {
  const ir1 = buildSampleIr();
  // A summary, a declared error reason (3.0 names a component after it, shifting later names), one endpoint gone.
  const ir2 = editEndpoints(ir1, (e, i) => {
    if (i === 0) return { ...e, docs: { ...e.docs, summary: "Sign up." } };
    if (i === 1)
      return { ...e, responses: e.responses.map((r) => (isErrorStatus(r.status) ? { ...r, description: `${r.description ?? ""}, again` } : r)) };
    return i === 2 ? undefined : e;
  });
  // A model's field: its component schema changes, the operations that reference it do not.
  const ir3: SpecIR = {
    ...ir2,
    models: ir1.models.map((m, i) =>
      i === 0 ? { ...m, fields: m.fields.map((f) => (f.name === "name" ? { ...f, type: t.str({ maxLength: 99 }) } : f)) } : m,
    ),
  };
  // A document-wide input: the error codes every shared error example shows.
  const errors = ir1.config.errors;
  const ir4: SpecIR = {
    ...ir3,
    config: { ...ir3.config, ...(errors ? { errors: { ...errors, value: { ...errors.value, codes: { 404: "MISSING" } } } } : {}) },
  };
  // A named schema's examples, which an operation receiving it shows, while the operation's own node is unchanged.
  const ir5: SpecIR = {
    ...ir4,
    schemas: ir4.schemas.map((s) =>
      s.name === "Notification" ? { ...s, docs: { ...s.docs, examples: [{ kind: "x" }], namedExamples: [{ name: "ping", value: { kind: "x" } }] } } : s,
    ),
  };

  test.each(["3.1.0", "3.0.3"] as const)("OpenAPI %s", async (version) => {
    const config = withVersion(sampleApiConfig(), version);
    for (const ir of [ir1, ir2, ir3, ir4, ir5, ir1, ir5]) expect(await emitted(ir, config)).toEqual(reference(ir, config));
  });
});

// 3.0, where an endpoint's own error reasons name shared components, so an edit can shift later names.
test("the watch-mode edits of test-support rebuild as the document serialized whole", async () => {
  const config = withVersion(sampleApiConfig(), "3.0.3");
  await expectRebuildsMatchFresh(buildSampleIr(), async (ir) => {
    const out = await emitted(ir, config);
    expect(out).toEqual(reference(ir, config));
    return out;
  });
});

test("a value that only js-yaml renders (a key over 1024 characters) falls back to dumping the whole document", async () => {
  const long = "k".repeat(1100);
  const ir = editEndpoints(buildSampleIr(), (e, i) => (i === 0 ? { ...e, extensions: { "x-long": { [long]: 1 } } } : e));
  const [json, yaml] = await emitted(ir, sampleApiConfig());
  expect([json, yaml]).toEqual(reference(ir, sampleApiConfig()));
  expect(yaml).toContain(`? ${long}`);
});

test("numbers read the same in both artifacts: -0 as 0, non-finite as null, as JSON carries them", async () => {
  const ir = editEndpoints(buildSampleIr(), (e, i) => (i === 0 ? { ...e, extensions: { "x-numbers": [-0, Number.NaN, Infinity, 1.5] } } : e));
  const [json, yaml] = await emitted(ir, sampleApiConfig());
  expect([json, yaml]).toEqual(reference(ir, sampleApiConfig()));
  expect(yaml).toContain("x-numbers:\n        - 0\n        - null\n        - null\n        - 1.5\n");
});

describe("FragmentRenderer", () => {
  const render = (previous: FragmentRenderer | undefined, value: object) => {
    const renderer = new FragmentRenderer(previous?.rendered, new YamlLayout(YAML_OPTIONS));
    return { renderer, fragment: renderer.render("schemas A", value, 3) };
  };

  test("reuses the previous fragment for the same JSON, renders anew for other values or another key order", () => {
    const first = render(undefined, { type: "object", description: "[x](javascript:alert(1))", properties: { b: { $ref: "#/components/schemas/B" } } });
    expect(first.fragment.refs).toEqual(["#/components/schemas/B"]);
    expect(first.fragment.json).not.toContain("](javascript:");
    const same = render(first.renderer, JSON.parse(JSON.stringify(first.fragment.value)) as object);
    expect(same.fragment).toBe(first.fragment);
    const changed = render(same.renderer, { type: "object", description: "Other." });
    expect(changed.fragment).not.toBe(first.fragment);
    expect(changed.fragment.json).toBe('{\n        "type": "object",\n        "description": "Other."\n      }');
    const reordered = render(changed.renderer, { description: "Other.", type: "object" });
    expect(reordered.fragment).not.toBe(changed.fragment);
  });
});

test("mappings of fragments are assembled in kept runs, and every edit of them reads as the document serialized whole", () => {
  // 100 component schemas make several runs; each step renders with the previous renderer, as a watch rebuild does.
  // A fragment is reused by slot: by position (same fragments under other keys) or by name (runs that move).
  const schema = (i: number, max = 10 + i) => ({ type: "string", maxLength: max, description: `Schema ${i}.` });
  const names = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `S${String(from + i).padStart(3, "0")}`);
  const all = (from: number, to: number, edit?: (name: string, i: number) => [string, object]) =>
    Object.fromEntries(names(from, to).map((n, i) => edit?.(n, from + i) ?? [n, schema(from + i)]));
  const changed40 = (n: string, i: number): [string, object] => [n, schema(i, i === 40 ? 999 : 10 + i)];
  const steps: [string, "position" | "name", Record<string, object>][] = [
    ["first", "position", all(0, 100)],
    ["the same", "position", all(0, 100)],
    ["one schema in the second run changed", "position", all(0, 100, changed40)],
    ["a key renamed, same fragments", "position", all(0, 100, (n, i) => changed40(i === 70 ? "Renamed" : n, i))],
    ["fewer than a run", "position", all(0, 5)],
    ["two runs, by name", "name", all(0, 64)],
    ["the first run removed: the second now opens the mapping", "name", all(32, 64)],
    ["one inserted in front: every run shifts", "name", { A: schema(-1), ...all(32, 64) }],
  ];
  const yaml = new YamlLayout(YAML_OPTIONS);
  let previous: FragmentRenderer | undefined;
  for (const [step, slots, schemas] of steps) {
    const renderer = new FragmentRenderer(previous?.rendered, yaml);
    const placed = Object.fromEntries(
      Object.entries(schemas).map(([name, value], i) => [name, renderer.render(`schemas ${slots === "name" ? name : i}`, value, 3)]),
    );
    // A path item too: its operations are a mapping of fragments at another depth.
    const get = renderer.render("paths /x get", { summary: "Get x." }, 3);
    const doc = { openapi: "3.1.0", paths: { "/x": { get } }, components: { schemas: placed } };
    const plain = plainDocument(doc);
    expect({ step, json: assembleJson(doc) + "\n" }).toEqual({ step, json: serializeJson(plain) });
    expect({ step, yaml: `${yaml.layout(doc, 0)}\n` }).toEqual({ step, yaml: serializeYaml(plain) });
    previous = renderer;
  }
});

test("sameJson: key order, arrays, -0, and non-plain objects", () => {
  expect(sameJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
  expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false);
  expect(sameJson([1, 2], [1, 2, 3])).toBe(false);
  expect(sameJson({ a: -0 }, { a: 0 })).toBe(false); // a miss costs speed only; NaN is itself
  expect(sameJson({ a: NaN }, { a: NaN })).toBe(true);
  expect(sameJson({ a: undefined }, {})).toBe(false);
  expect(sameJson(Object.assign(Object.create(null) as object, { a: 1 }), { a: 1 })).toBe(false);
  expect(sameJson(new Date(0), new Date(0))).toBe(false);
});
