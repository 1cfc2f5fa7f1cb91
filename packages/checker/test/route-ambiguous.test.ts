/**
 * route-ambiguous matches each route against a trie of the earlier ones: it must
 * report exactly what the definition says (the first earlier route of the same
 * method that matches every request of the later one, same shapes excluded).
 */
import { api, checkerConfig, endpoint, pick, rng, spec } from "@specloom/test-support";
import type { EndpointNode } from "@specloom/core";
import { rules, runChecker } from "../src";

const rule = rules.find((r) => r.id === "route-ambiguous")!;

/** The rule's definition, all pairs: what the trie must reproduce. */
function expected(endpoints: readonly EndpointNode[]): string[] {
  const shape = (e: EndpointNode) =>
    e.path
      .split("/")
      .filter((s) => s.length > 0)
      .map((s) => (/^(:[A-Za-z_]\w*\??|\{[A-Za-z_]\w*\})$/.test(s) ? undefined : s.toLowerCase()));
  const out: string[] = [];
  endpoints.forEach((later, i) => {
    const l = shape(later);
    const earlier = endpoints.slice(0, i).find((e) => {
      const s = shape(e);
      if (e.method !== later.method || s.length !== l.length) return false;
      if (s.every((seg, k) => seg === l[k])) return false; // same shape: route-duplicate's
      return s.every((seg, k) => seg === undefined || (l[k] !== undefined && seg === l[k]));
    });
    if (earlier) out.push(`${later.method} ${later.path} <- ${earlier.method} ${earlier.path}`);
  });
  return out;
}

it("reports the first shadowing route, as the all-pairs definition does, on random route sets", () => {
  let reported = 0;
  for (let seed = 1; seed <= 40; seed++) {
    const r = rng(seed);
    const segment = () => pick(r, ["users", "Users", "me", "posts", ":id", "{slug}", ":other?", "a", "{id}.json"]);
    const endpoints = Array.from({ length: 60 }, (_, i) => {
      const path = "/" + Array.from({ length: 1 + Math.floor(r() * 4) }, segment).join("/");
      return endpoint(`op${i}`, pick(r, ["GET", "POST"] as const), path);
    });
    const ir = spec({ apis: [api("Api", "", "api", endpoints)] });
    const { diagnostics } = runChecker(ir, checkerConfig(), [{ plugin: "checker", rules: [rule] }]);
    const found = diagnostics.map((d) => /Route '(.+)' is unreachable: '(.+)' is declared/.exec(d.message)!.slice(1, 3).join(" <- ")).sort();
    expect(found).toEqual(expected(ir.apis[0]!.endpoints).sort());
    reported += found.length;
  }
  expect(reported).toBeGreaterThan(40); // the sets do shadow
});

it("a template segment ({id}.json) is not a parameter: it shadows nothing it does not fully match", () => {
  const endpoints = [
    endpoint("json", "GET", "/files/{id}.json"),
    endpoint("readme", "GET", "/files/readme"),
    endpoint("byId", "GET", "/docs/:id"),
    endpoint("docJson", "GET", "/docs/{id}.json"),
  ];
  const ir = spec({ apis: [api("Api", "", "api", endpoints)] });
  const { diagnostics } = runChecker(ir, checkerConfig(), [{ plugin: "checker", rules: [rule] }]);
  expect(diagnostics.map((d) => d.message)).toEqual([
    "Route 'GET /docs/{id}.json' is unreachable: 'GET /docs/:id' is declared first and matches it. Declare the static route first.",
  ]);
});

it("a ?query or #fragment suffix names its own operation: routes shadow only routes with the same suffix", () => {
  const endpoints = [
    endpoint("tagsById", "GET", "/tags/:arn#tagKeys"),
    endpoint("tagsMine", "GET", "/tags/mine"),
    endpoint("byId", "GET", "/tags/:arn"),
    endpoint("tagsMineKeys", "GET", "/tags/mine#tagKeys"),
    endpoint("targetA", "POST", "/#X-Amz-Target=Service.A"),
    endpoint("targetB", "POST", "/#X-Amz-Target=Service.B"),
  ];
  const ir = spec({ apis: [api("Api", "", "api", endpoints)] });
  const { diagnostics } = runChecker(
    ir,
    checkerConfig(),
    rules.map((r) => ({ plugin: "checker", rules: [r] })).filter((r) => r.rules[0]!.id.startsWith("route-")),
  );
  expect(diagnostics.map((d) => d.message)).toEqual([
    "Route 'GET /tags/mine#tagKeys' is unreachable: 'GET /tags/:arn#tagKeys' is declared first and matches it. Declare the static route first.",
  ]);
});
