/**
 * Paired spec versions for `specloom diff`: one base API and edits of it,
 * each planting a known breaking change, or none.
 */
import type { ApiChangeId } from "../src";
import { IR_FORMAT_VERSION, type AuthNode, type EndpointNode, type FieldNode, type ModelNode, type SchemaNode, type SpecIR } from "@specloom/core";
import { field, model, response, sqlDefault, t } from "@specloom/test-support";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };
const loc = { file: "spec-src/api.ts", line: 1, column: 1 };
const id = () => field("id", t.uuid(), { primaryKey: true, visibility: "readOnly", default: sqlDefault("gen_random_uuid()") });
const authed: AuthNode = { kind: "authenticated", roles: [] };

function endpoint(name: string, method: EndpointNode["method"], path: string, extra: Partial<EndpointNode>): EndpointNode {
  return { kind: "endpoint", name, api: "UsersApi", method, path, params: [], query: [], responses: [], auth: authed, docs: {}, loc, ...extra };
}

export function baseApi(): SpecIR {
  const user = model("User", "users", [
    id(),
    field("email", t.str({ format: "email", maxLength: 255 })),
    field("name", t.str({ minLength: 2, maxLength: 100 })),
    field("role", t.ref("Role", "enum")),
    field("bio", t.str({ maxLength: 500 }), { optional: true, nullable: true }),
  ]);
  const createUser: SchemaNode = {
    kind: "schema",
    name: "CreateUserRequest",
    type: t.object([
      field("email", t.str({ format: "email", maxLength: 255 })),
      field("name", t.str({ minLength: 2, maxLength: 100 })),
      field("nickname", t.str({ maxLength: 30 }), { optional: true }),
    ]),
    docs: {},
    loc,
  };
  const page: SchemaNode = {
    kind: "schema",
    name: "UserPage",
    type: t.object([field("items", t.array(t.ref("User", "model"))), field("total", t.int())]),
    docs: {},
    loc,
  };
  const idParam = () => [field("id", t.uuid())];
  return {
    kind: "spec",
    formatVersion: IR_FORMAT_VERSION,
    project: { kind: "project", name: "Api", language: "en", documents: [], requirements: [] },
    models: [user],
    enums: [{ kind: "enum", name: "Role", values: ["user", "admin"], source: "union", docs: {}, loc }],
    schemas: [createUser, page],
    apis: [
      {
        kind: "api",
        name: "UsersApi",
        prefix: "/api",
        tag: "Users",
        docs: {},
        loc,
        endpoints: [
          endpoint("listUsers", "GET", "/api/users", {
            query: [field("limit", t.int({ maximum: 100 }), { optional: true }), field("role", t.ref("Role", "enum"), { optional: true })],
            responses: [response(200, t.ref("UserPage", "schema"))],
          }),
          endpoint("getUser", "GET", "/api/users/:id", {
            params: idParam(),
            responses: [response(200, t.ref("User", "model")), response(404, undefined, "Not found")],
          }),
          endpoint("createUser", "POST", "/api/users", {
            auth: { kind: "public" },
            body: t.ref("CreateUserRequest", "schema"),
            responses: [response(201, t.ref("User", "model")), response(400, undefined, "Invalid")],
          }),
          endpoint("deleteUser", "DELETE", "/api/users/:id", {
            params: idParam(),
            auth: { kind: "authenticated", roles: ["admin"] },
            responses: [response(204)],
          }),
        ],
      },
    ],
    services: [],
    config: {},
  };
}

type Draft = Omit<Mutable<SpecIR>, "models" | "schemas"> & { models: Mutable<ModelNode>[]; schemas: Mutable<SchemaNode>[] };
const op = (d: Draft, name: string) => d.apis[0]!.endpoints.find((e) => e.name === name)! as Mutable<EndpointNode>;
const removeOp = (d: Draft, name: string) => ((d.apis[0] as Mutable<SpecIR["apis"][0]>).endpoints = d.apis[0]!.endpoints.filter((e) => e.name !== name));
const userField = (d: Draft, name: string, patch: Partial<FieldNode>) =>
  (d.models[0]!.fields = d.models[0]!.fields.map((f) => (f.name === name ? { ...f, ...patch } : f)));
const requestProps = (d: Draft) => d.schemas[0]!.type as unknown as { properties: FieldNode[] };
const requestField = (d: Draft, name: string, patch: Partial<FieldNode>) => {
  const type = requestProps(d);
  d.schemas[0]!.type = { kind: "object", properties: type.properties.map((f) => (f.name === name ? { ...f, ...patch } : f)) };
};
const addRequestField = (d: Draft, f: FieldNode) => (d.schemas[0]!.type = { kind: "object", properties: [...requestProps(d).properties, f] });

export interface Pair {
  readonly label: string;
  readonly edit: (d: Draft) => void;
  /** The planted breaking change ids; empty for a non-breaking edit. */
  readonly breaking: readonly ApiChangeId[];
}

export const BREAKING: readonly Pair[] = [
  { label: "remove an operation", breaking: ["endpoint-removed"], edit: (d) => removeOp(d, "deleteUser") },
  { label: "change an operation's method to HEAD", breaking: ["endpoint-removed"], edit: (d) => (op(d, "deleteUser").method = "HEAD") },
  {
    label: "remove a query parameter",
    breaking: ["parameter-removed"],
    edit: (d) => (op(d, "listUsers").query = op(d, "listUsers").query.filter((q) => q.name !== "role")),
  },
  {
    label: "add a required query parameter",
    breaking: ["parameter-added"],
    edit: (d) => (op(d, "listUsers").query = [...op(d, "listUsers").query, field("tenant", t.str())]),
  },
  {
    label: "a query parameter becomes required",
    breaking: ["parameter-became-required"],
    edit: (d) => (op(d, "listUsers").query = op(d, "listUsers").query.map((q) => (q.name === "limit" ? { ...q, optional: false } : q))),
  },
  {
    label: "remove a response field",
    breaking: ["response-property-removed"],
    edit: (d) => (d.models[0]!.fields = d.models[0]!.fields.filter((f) => f.name !== "bio")),
  },
  { label: "remove an enum value", breaking: ["enum-value-removed"], edit: (d) => (d.enums = [{ ...d.enums[0]!, values: ["user"] }]) },
  {
    label: "add a required request field",
    breaking: ["request-property-added"],
    edit: (d) => addRequestField(d, field("password", t.str({ minLength: 8 }))),
  },
  { label: "change a path parameter's type", breaking: ["type-changed"], edit: (d) => (op(d, "getUser").params = [field("id", t.int())]) },
  {
    label: "narrow a request field's maximum length",
    breaking: ["constraint-narrowed"],
    edit: (d) => requestField(d, "name", { type: t.str({ minLength: 2, maxLength: 50 }) }),
  },
  {
    label: "add a pattern to a request field",
    breaking: ["constraint-narrowed"],
    edit: (d) => requestField(d, "name", { type: t.str({ minLength: 2, maxLength: 100, pattern: "^[a-z]+$" }) }),
  },
  {
    label: "add a format to a request field",
    breaking: ["format-changed"],
    edit: (d) => requestField(d, "nickname", { type: t.str({ maxLength: 30, format: "uuid" }) }),
  },
  {
    label: "restrict an operation to a role",
    breaking: ["auth-changed"],
    edit: (d) => (op(d, "getUser").auth = { kind: "authenticated", roles: ["admin"] }),
  },
  { label: "a public operation requires sign-in", breaking: ["auth-changed"], edit: (d) => (op(d, "createUser").auth = authed) },
  {
    label: "change the success status",
    breaking: ["success-status-removed"],
    edit: (d) => (op(d, "getUser").responses = [response(202, t.ref("User", "model")), response(404, undefined, "Not found")]),
  },
  {
    label: "the success code becomes a 2XX range (a client checking for 200 no longer matches)",
    breaking: ["success-status-removed"],
    edit: (d) => (op(d, "getUser").responses = [response("2XX", t.ref("User", "model")), response(404, undefined, "Not found")]),
  },
  {
    label: "an optional request field becomes required",
    breaking: ["request-property-became-required"],
    edit: (d) => requestField(d, "nickname", { optional: false }),
  },
  { label: "a response field becomes optional", breaking: ["response-property-became-optional"], edit: (d) => userField(d, "name", { optional: true }) },
  {
    label: "a response field's type changes",
    breaking: ["type-changed"],
    edit: (d) => ((d.schemas[1]!.type as unknown as { properties: FieldNode[] }).properties[1] = field("total", t.str())),
  },
  {
    label: "the success response is served as XML only",
    breaking: ["media-type-removed"],
    edit: (d) =>
      (op(d, "getUser").responses = [
        { ...response(200, t.ref("User", "model")), contentTypes: ["application/xml"] },
        response(404, undefined, "Not found"),
      ]),
  },
];

export const NON_BREAKING: readonly Pair[] = [
  {
    label: "add an operation",
    breaking: [],
    edit: (d) =>
      ((d.apis[0] as Mutable<SpecIR["apis"][0]>).endpoints = [
        ...d.apis[0]!.endpoints,
        endpoint("countUsers", "GET", "/api/users/count", { responses: [response(200, t.int())] }),
      ]),
  },
  {
    label: "add HEAD and OPTIONS operations, and one whose path has a #fragment",
    breaking: [],
    edit: (d) =>
      ((d.apis[0] as Mutable<SpecIR["apis"][0]>).endpoints = [
        ...d.apis[0]!.endpoints,
        endpoint("headUsers", "HEAD", "/api/users", { responses: [{ ...response(200), noBody: true }] }),
        endpoint("usersOptions", "OPTIONS", "/api/users", { responses: [{ ...response(204), noBody: true }] }),
        endpoint("userTags", "GET", "/api/users/:id#tagKeys", { params: [field("id", t.uuid())], responses: [response(200, t.array(t.str()))] }),
      ]),
  },
  {
    label: "add an optional query parameter",
    breaking: [],
    edit: (d) => (op(d, "listUsers").query = [...op(d, "listUsers").query, field("q", t.str(), { optional: true })]),
  },
  { label: "add an optional request field", breaking: [], edit: (d) => addRequestField(d, field("locale", t.str({ maxLength: 10 }), { optional: true })) },
  {
    label: "add a response field (nullable column)",
    breaking: [],
    edit: (d) => (d.models[0]!.fields = [...d.models[0]!.fields, field("avatar", t.str(), { optional: true, nullable: true })]),
  },
  { label: "add an enum value", breaking: [], edit: (d) => (d.enums = [{ ...d.enums[0]!, values: ["user", "admin", "guest"] }]) },
  { label: "widen a request field's maximum length", breaking: [], edit: (d) => requestField(d, "nickname", { type: t.str({ maxLength: 60 }) }) },
  {
    label: "add a response header",
    breaking: [],
    edit: (d) =>
      (op(d, "getUser").responses = [
        { ...response(200, t.ref("User", "model")), headers: [{ kind: "responseHeader", name: "ETag", type: t.str(), required: true }] },
        response(404, undefined, "Not found"),
      ]),
  },
  {
    label: "add an error status",
    breaking: [],
    edit: (d) => (op(d, "createUser").responses = [...op(d, "createUser").responses, response(409, undefined, "Exists")]),
  },
  {
    label: "add a default error and a 5XX range",
    breaking: [],
    edit: (d) =>
      (op(d, "createUser").responses = [
        ...op(d, "createUser").responses,
        response("5XX", undefined, "Server failed"),
        response("default", undefined, "Other"),
      ]),
  },
  { label: "open a role-restricted operation to every signed-in user", breaking: [], edit: (d) => (op(d, "deleteUser").auth = authed) },
  { label: "a required request field becomes optional", breaking: [], edit: (d) => requestField(d, "name", { optional: true }) },
  {
    label: "rename a path parameter",
    breaking: [],
    edit: (d) => {
      op(d, "getUser").path = "/api/users/:userId";
      op(d, "getUser").params = [field("userId", t.uuid())];
    },
  },
  { label: "documentation only", breaking: [], edit: (d) => (op(d, "getUser").docs = { summary: "Fetch one user." }) },
  {
    label: "relax a query parameter's maximum",
    breaking: [],
    edit: (d) => (op(d, "listUsers").query = op(d, "listUsers").query.map((q) => (q.name === "limit" ? { ...q, type: t.int({ maximum: 500 }) } : q))),
  },
];

export function edited(pair: Pair): SpecIR {
  const d = structuredClone(baseApi()) as Draft;
  pair.edit(d);
  return d;
}
