/** The OpenAPI importer's reader: real documents load; malformed ones are positioned errors. */
import * as fs from "node:fs";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { loadOpenApi, type LoadResult } from "../src/openapi/load";

const examples = path.dirname(require.resolve("@readme/oas-examples/package.json"));
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "specloom-oas-load-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

async function load(name: string, text: string): Promise<LoadResult> {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, text);
  return loadOpenApi(file, name);
}

function problems(r: LoadResult): string[] {
  return r.ok ? [] : r.diagnostics.map((d) => `${d.code} ${d.loc ? `${d.loc.line}:${d.loc.column}` : "-"} ${d.message}`);
}

test.each(
  ["3.0", "3.1"].flatMap((v) =>
    ["json", "yaml"].flatMap((ext) =>
      fs
        .readdirSync(path.join(examples, v, ext))
        .filter((f) => /\.(json|ya?ml)$/.test(f))
        .map((f) => path.join(v, ext, f)),
    ),
  ),
)("@readme/oas-examples %s loads", async (rel) => {
  const r = await loadOpenApi(path.join(examples, rel), rel);
  // Documents that are broken on purpose or Swagger 2 are the only accepted failures.
  if (!r.ok) expect(problems(r).join("\n")).toMatch(/unsupported version|points to nothing|circular alias|points outside/);
  else expect(r.loaded.version).toBe(rel.startsWith("3.0") ? "3.0" : "3.1");
});

test("invalid YAML is positioned", async () => {
  const r = await load("bad.yaml", "openapi: 3.1.0\ninfo:\n  title: x\n   version: 1\n");
  expect(problems(r)).toEqual([expect.stringMatching(/^SL7002 3:10 Import source is invalid: not valid YAML or JSON: /)]);
});

test("a duplicate key is an error, not a silent overwrite", async () => {
  const r = await load("dup.yaml", "openapi: 3.1.0\ninfo: {title: a, version: '1'}\npaths: {}\npaths: {}\n");
  expect(problems(r)).toEqual([expect.stringMatching(/^SL7002 4:1 .*not valid YAML or JSON: Map keys must be unique/)]);
});

test("a $ref to nowhere is positioned at its pointer", async () => {
  const r = await load(
    "dangling.yaml",
    [
      "openapi: 3.0.3",
      "info: {title: a, version: '1'}",
      "paths:",
      "  /pets:",
      "    get:",
      "      responses:",
      "        '200':",
      "          $ref: '#/components/responses/Missing'",
      "",
    ].join("\n"),
  );
  expect(problems(r)).toEqual(["SL7002 8:17 Import source is invalid: '$ref: #/components/responses/Missing' points to nothing"]);
});

test("a circular alias is reported once", async () => {
  const r = await load(
    "loop.json",
    JSON.stringify(
      {
        openapi: "3.1.0",
        info: { title: "a", version: "1" },
        components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "#/components/schemas/A" } } },
      },
      null,
      2,
    ),
  );
  expect(problems(r)).toEqual([
    expect.stringMatching(
      /^SL7002 \d+:\d+ .*'\$ref: #\/components\/schemas\/B' is a circular alias \(#\/components\/schemas\/A → #\/components\/schemas\/B → #\/components\/schemas\/A\)/,
    ),
  ]);
});

test("a recursive schema is not an alias loop", async () => {
  const r = await load(
    "tree.json",
    JSON.stringify({
      openapi: "3.1.0",
      info: { title: "a", version: "1" },
      components: { schemas: { Node: { type: "object", properties: { children: { type: "array", items: { $ref: "#/components/schemas/Node" } } } } } },
    }),
  );
  expect(r.ok).toBe(true);
});

test("Swagger 2 and other versions are refused with the reason", async () => {
  expect(problems(await load("sw.json", JSON.stringify({ swagger: "2.0", info: {}, paths: {} })))).toEqual([
    expect.stringMatching(/unsupported version: Swagger 2.0; convert it to OpenAPI 3 first/),
  ]);
  expect(problems(await load("v4.yaml", "openapi: 4.0.0\n"))).toEqual([
    "SL7002 1:10 Import source is invalid: unsupported version: openapi '4.0.0'; expected 3.0.x or 3.1.x",
  ]);
});

test("an external $ref is reported, not fetched", async () => {
  const r = await load("ext.yaml", "openapi: 3.1.0\ninfo: {title: a, version: '1'}\ncomponents:\n  schemas:\n    A: {$ref: 'other.yaml#/A'}\n");
  expect(problems(r)).toEqual([expect.stringMatching(/^SL7002 5:\d+ .*points outside the document; bundle external references first/)]);
});

test("a missing file and an unreachable URL", async () => {
  expect(problems(await loadOpenApi(path.join(tmp, "nope.yaml"), "nope.yaml"))).toEqual([
    expect.stringMatching(/^SL7001 - Cannot read import source .*ENOENT/),
  ]);
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  const url = `http://127.0.0.1:${port}/openapi.yaml`;
  expect(problems(await loadOpenApi(url))).toEqual([`SL7003 - Cannot connect to '${url}': ECONNREFUSED`]);
});
