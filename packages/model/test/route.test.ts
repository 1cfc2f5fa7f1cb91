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

  it("prints the OpenAPI path without empty segments or a trailing slash", () => {
    expect(parseRoute("/api//users/:id/").openApiPath).toBe("/api/users/{id}");
    expect(parseRoute("users").openApiPath).toBe("/users");
    expect(parseRoute("/").openApiPath).toBe("/");
  });
});

describe("routeKey", () => {
  it("ignores parameter names, trailing slashes and case", () => {
    expect(routeKey("GET", parseRoute("/Users/:id/"))).toBe(routeKey("GET", parseRoute("/users/{userId}")));
    expect(routeKey("GET", parseRoute("/users/me"))).not.toBe(routeKey("GET", parseRoute("/users/:id")));
  });
});
