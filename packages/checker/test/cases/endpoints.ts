import type { RuleCase } from "../helpers";
import type { TypeNode } from "@specloom/core";
import { baselineEndpoint as endpoint, endpointOf, field, t, type MIR, type Mutable, response } from "@specloom/test-support";

const usersApi = (ir: MIR) => ir.apis[0]!.endpoints;

export const endpointCases: Record<string, RuleCase> = {
  "route-duplicate": {
    fail: (ir) => usersApi(ir).push(endpoint("fetchUser", "GET", "/api/users/:userId", { params: [field("userId")] })),
    message: "Route 'GET /api/users/:userId' (fetchUser) duplicates 'GET /api/users/:id' (getUser)",
    pass: (ir) =>
      usersApi(ir).push(
        endpoint("patchUser", "PATCH", "/api/users/:id", {
          params: [field("id")],
          body: t.schemaRef("UpdateUserRequest"),
          responses: [response(200, t.schemaRef("PublicUser")), response(400), response(404)],
        }),
      ),
  },
  "route-ambiguous": {
    fail: (ir) => {
      const list = usersApi(ir);
      const me = list.findIndex((e) => e.name === "getMe");
      const [getMe] = list.splice(me, 1);
      list.splice(list.findIndex((e) => e.name === "getUser") + 1, 0, getMe!); // now after /users/:id
    },
    message: "Route 'GET /api/users/me' is unreachable: 'GET /api/users/:id' is declared first",
    pass: (ir) => usersApi(ir).push(endpoint("getUserPosts", "GET", "/api/users/me/posts", { responses: [response(200, t.schemaRef("PublicUser"))] })),
  },
  "operation-name-duplicate": {
    fail: (ir) =>
      usersApi(ir).push(
        endpoint("getUser", "GET", "/api/admin/users/:id", {
          api: "AdminApi",
          params: [field("id")],
          responses: [response(200, t.schemaRef("PublicUser")), response(404)],
        }),
      ),
    message: "Operation name 'getUser' of 'AdminApi' is already used in 'UsersApi'",
  },
  "path-param-mismatch": {
    fail: (ir) => {
      endpointOf(ir, "getUser").params.push(field("slug"));
      endpointOf(ir, "deleteUser").params = [];
    },
    count: 2,
    message: "Path parameter 'id' of 'DELETE /api/users/:id' is in the path but not declared",
  },
  "parameter-location": {
    fail: (ir) => {
      const e = endpointOf(ir, "deleteUser");
      e.params = [];
      e.headers = [field("id", t.uuid())];
    },
    // path-param-mismatch stays quiet: one mistake, one finding.
    message: "'id' of 'DELETE /api/users/:id' is a path parameter but is declared in headers; declare it in params",
    pass: (ir) => {
      const e = endpointOf(ir, "getUser");
      e.headers = [field("If-None-Match", t.str(), { optional: true })];
      e.cookies = [field("theme", t.str(), { optional: true })];
    },
  },
  "binary-in-json-body": {
    fail: (ir) => {
      endpointOf(ir, "updateUser").body = t.object([field("avatar", t.str({ format: "binary" })), field("name")]) as Mutable<TypeNode>;
    },
    message: "File field 'avatar' of 'updateUser' would travel as JSON text",
    pass: (ir) => {
      const e = endpointOf(ir, "updateUser");
      e.body = t.object([field("avatar", t.str({ format: "binary" })), field("name")]) as Mutable<TypeNode>;
      e.bodyContentTypes = ["multipart/form-data"];
    },
  },
  "method-body": {
    fail: (ir) => {
      usersApi(ir).push(
        endpoint("headUser", "HEAD", "/api/users/:id", { params: [field("id")], responses: [response(200, t.schemaRef("PublicUser")), response(404)] }),
        endpoint("traceUsers", "TRACE", "/api/users", { body: t.schemaRef("UpdateUserRequest"), responses: [response(200)] }),
        // A body only in a further media type is a body all the same.
        endpoint("headUserXml", "HEAD", "/api/users/:id/xml", {
          params: [field("id")],
          responses: [{ ...response(200), noBody: true, content: [{ kind: "responseContent", mediaType: "application/xml", type: t.str() }] }],
        }),
      );
      // Webhooks are requests too.
      const hook = endpoint("userTraced", "TRACE", "/", { body: t.schemaRef("UpdateUserRequest") });
      ir.webhooks = [
        {
          kind: "webhook",
          group: "UserEvents",
          tag: "User events",
          name: hook.name,
          method: "TRACE",
          body: hook.body,
          responses: [response(200)],
          docs: {},
          loc: hook.loc,
        },
      ];
    },
    count: 4,
    message: "'HEAD /api/users/:id' (headUser) declares a body for status 200, which a HEAD response never carries; declare it on the GET.",
    pass: (ir) => {
      // Headers only, and errors that name no body: a HEAD's error responses are bodiless.
      const head = endpoint("headUser", "HEAD", "/api/users/:id", {
        params: [field("id")],
        responses: [{ ...response(200), noBody: true }, response(404)],
      });
      usersApi(ir).push(head, endpoint("optionsUsers", "OPTIONS", "/api/users", { responses: [response(204)] }));
    },
  },
  "request-body-missing": {
    fail: (ir) => delete endpointOf(ir, "updateUser").body,
    message: "'PUT /api/users/:id' (updateUser) has no request body schema",
    pass: (ir) =>
      usersApi(ir).push(
        endpoint("publishPost", "POST", "/api/posts/:id/publish", {
          params: [field("id")],
          responses: [response(200, t.schemaRef("PublicUser")), response(404)],
        }),
      ),
  },
  "response-schema-missing": {
    fail: (ir) => {
      endpointOf(ir, "getMe").responses = [response(401)];
      endpointOf(ir, "getUser").responses[0] = response(200);
    },
    count: 2,
    message: "declares no success (2xx) response",
  },
  "handler-unknown": {
    fail: (ir) => (endpointOf(ir, "updateUser").handler = { kind: "handler", service: "UserService", method: "updateUsr" }),
    message: "names handler 'UserService.updateUsr', which is not a method of a declared service. Did you mean 'UserService.updateUser'?",
  },
  "requirement-unimplemented": {
    fail: (ir) => delete endpointOf(ir, "login").docs.implements,
    message: "PRD requirement FR-2 ('Log in') is not implemented",
    pass: (ir) => {
      delete endpointOf(ir, "login").docs.implements;
      ir.services[0]!.methods[0]!.docs.implements = ["FR-2"];
    },
  },
  "requirement-unknown": {
    fail: (ir) => (endpointOf(ir, "getMe").docs.implements = ["FR-99"]),
    message: "Endpoint 'getMe' implements 'FR-99'",
    pass: (ir) => {
      ir.project.requirements = [];
      endpointOf(ir, "getMe").docs.implements = ["FR-99"];
      delete endpointOf(ir, "register").docs.implements;
    },
  },
};
