/** The one route grammar every consumer uses: OpenAPI paths, path-param rules, route collisions. */
import { parseRoute, routeKey } from "@specloom/model";

describe("parseRoute", () => {
  it("reads :name, :name? and {name} segments as parameters, in path order", () => {
    expect(parseRoute("/orgs/:orgId/users/{userId}/files/:name?").params).toEqual(["orgId", "userId", "name"]);
  });

  it("keeps a segment that only contains a colon as literal text", () => {
    expect(parseRoute("/files/a:b").segments).toEqual([
      { kind: "static", text: "files" },
      { kind: "static", text: "a:b" },
    ]);
  });

  it("reads {name} embedded in a segment's text as parameters of a template segment", () => {
    expect(parseRoute("/v1/{name}:cancel/:year/{month}.json/{lat},{lng}").params).toEqual(["name", "year", "month", "lat", "lng"]);
    expect(parseRoute("/v1/{name}:cancel").segments.at(-1)).toEqual({ kind: "template", text: "{name}:cancel", params: ["name"] });
    expect(parseRoute("/:year/{month}.json").openApiPath).toBe("/{year}/{month}.json");
    expect(parseRoute("/concepts/{concept-type}/{id}.{api.format}").params).toEqual(["concept-type", "id", "api.format"]);
  });

  it("prints the OpenAPI path without empty segments, keeping a trailing slash", () => {
    expect(parseRoute("/api//users/:id/").openApiPath).toBe("/api/users/{id}/");
    expect(parseRoute("/api/users").openApiPath).toBe("/api/users");
    expect(parseRoute("users").openApiPath).toBe("/users");
    expect(parseRoute("/").openApiPath).toBe("/");
  });

  it("keeps a ?query or #fragment after the path verbatim, outside the segments", () => {
    const tags = parseRoute("/tags/:resourceArn#tagKeys");
    expect([tags.segments.at(-1), tags.params, tags.suffix, tags.openApiPath]).toEqual([
      { kind: "param", name: "resourceArn" },
      ["resourceArn"],
      "#tagKeys",
      "/tags/{resourceArn}#tagKeys",
    ]);
    expect(parseRoute("/#X-Amz-Target=Service.Op").openApiPath).toBe("/#X-Amz-Target=Service.Op");
    expect(parseRoute("/osis/tags/#arn").openApiPath).toBe("/osis/tags/#arn");
    expect(parseRoute("/:Bucket?uploads&x-id=List").segments).toEqual([{ kind: "param", name: "Bucket" }]);
  });
});

describe("routeKey", () => {
  it("ignores parameter names and case, not a trailing slash", () => {
    expect(routeKey("GET", parseRoute("/Users/:id"))).toBe(routeKey("GET", parseRoute("/users/{userId}")));
    expect(routeKey("GET", parseRoute("/users/:id/"))).not.toBe(routeKey("GET", parseRoute("/users/:id")));
    expect(routeKey("GET", parseRoute("/Files/{a}.JSON"))).toBe(routeKey("GET", parseRoute("/files/{b}.json")));
    expect(routeKey("GET", parseRoute("/users/me"))).not.toBe(routeKey("GET", parseRoute("/users/:id")));
  });

  it("tells routes apart by their suffix, as written", () => {
    expect(routeKey("GET", parseRoute("/tags/:arn#tagKeys"))).toBe(routeKey("GET", parseRoute("/Tags/{id}#tagKeys")));
    expect(routeKey("GET", parseRoute("/tags/:arn#tagKeys"))).not.toBe(routeKey("GET", parseRoute("/tags/:arn#TagKeys")));
    expect(routeKey("GET", parseRoute("/tags/:arn#x"))).not.toBe(routeKey("GET", parseRoute("/tags/:arn")));
    expect(routeKey("POST", parseRoute("/#a"))).not.toBe(routeKey("POST", parseRoute("/a")));
    expect(routeKey("POST", parseRoute("/a/#x"))).not.toBe(routeKey("POST", parseRoute("/a#x")));
  });
});
