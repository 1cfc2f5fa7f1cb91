/**
 * The checker's per-node replays hold only while everything a finding read is the same. Each edit below keeps the
 * nodes a finding is about (the API group, a model) and changes only something else it reads: the config, the
 * services, another model, the routes around it. A replay that ignored that input would repeat the old findings,
 * so every edit must change what is found, and a node-sharing run must find what a fresh run finds.
 */
import type { SpecIR } from "@specloom/core";
import { baseline, baselineEndpoint, belongsTo, checkerConfig, column, field, section, service, serviceMethod, t } from "@specloom/test-support";
import { runChecker } from "../src";

const messages = (ir: SpecIR) => runChecker(ir, checkerConfig()).diagnostics.map((d) => `${d.code} ${d.message}`);

function expectEditChangesFindings(ir1: SpecIR, edit: (ir: SpecIR) => SpecIR): string[] {
  const before = messages(ir1); // fills the caches with IR 1's nodes
  const ir2 = edit(ir1);
  const found = runChecker(ir2, checkerConfig());
  expect(found).toStrictEqual(runChecker(structuredClone(ir2), checkerConfig()));
  const after = found.diagnostics.map((d) => `${d.code} ${d.message}`);
  expect(after).not.toEqual(before);
  return after;
}

const withEndpoints = (ir: SpecIR, change: (endpoints: SpecIR["apis"][number]["endpoints"]) => SpecIR["apis"][number]["endpoints"]): SpecIR => ({
  ...ir,
  apis: ir.apis.map((a, i) => (i === 0 ? { ...a, endpoints: change(a.endpoints) } : a)),
});

it("an endpoint's role findings follow the auth config's roles", () => {
  const after = expectEditChangesFindings(baseline(), (ir) => ({
    ...ir,
    config: { ...ir.config, auth: section("auth", { ...ir.config.auth!.value, roles: ["user"] }) },
  }));
  expect(after.some((m) => m.startsWith("SL4016") && m.includes("'admin'"))).toBe(true);
});

it("an endpoint's handler findings follow the services", () => {
  const after = expectEditChangesFindings(baseline(), (ir) => ({
    ...ir,
    services: [
      service("UserService", [serviceMethod("updateUser", { throws: [{ kind: "throws", error: "ConflictError", when: "the email is taken" }] })]),
    ],
  }));
  expect(after.some((m) => m.startsWith("SL4033"))).toBe(true);
  const gone = expectEditChangesFindings(baseline(), (ir) => ({ ...ir, services: [service("UserService", [serviceMethod("renameUser")])] }));
  expect(gone.some((m) => m.startsWith("SL4014"))).toBe(true);
});

it("an endpoint's expected error responses follow the errors config", () => {
  // getMe requires credentials but declares no 401: fine while the automatic responses add it.
  const ir1 = withEndpoints(baseline(), (endpoints) =>
    endpoints.map((e) => (e.name === "getMe" ? { ...e, responses: e.responses.filter((r) => r.status !== 401) } : e)),
  );
  const after = expectEditChangesFindings(ir1, (ir) => ({ ...ir, config: { ...ir.config, errors: section("errors", { automaticResponses: false }) } }));
  expect(after.some((m) => m.startsWith("SL4019") && m.includes("/api/users/me") && m.includes("401"))).toBe(true);
});

it("a relation's findings follow the models it names", () => {
  const after = expectEditChangesFindings(baseline(), (ir) => ({ ...ir, models: ir.models.filter((m) => m.name !== "Organization") }));
  expect(after.some((m) => m.startsWith("SL4002") && m.includes("Organization"))).toBe(true);
});

it("a route shadowed by a kept one is reported with the routes as they are now", () => {
  const ir1 = withEndpoints(baseline(), (endpoints) => [...endpoints, baselineEndpoint("getUserByName", "GET", "/api/users/by-name")]);
  // The same route shapes in the same order (parameter names are erased), but the shadowing route is spelled differently.
  const after = expectEditChangesFindings(ir1, (ir) =>
    withEndpoints(ir, (endpoints) =>
      endpoints.map((e) => (e.name === "getUser" ? { ...e, path: "/api/users/:userId", params: [field("userId", t.uuid())] } : e)),
    ),
  );
  expect(after.some((m) => m.startsWith("SL4009") && m.includes("/api/users/:userId"))).toBe(true);
});

it("a cycle of required foreign keys appears when a kept model's target gains one", () => {
  const after = expectEditChangesFindings(baseline(), (ir) => ({
    ...ir,
    models: ir.models.map((m) =>
      m.name === "User"
        ? { ...m, fields: [...m.fields, column("post_id", t.uuid(), { indexed: true })], relations: [...m.relations, belongsTo("post_id", "Post")] }
        : m,
    ),
  }));
  expect(after.some((m) => m.startsWith("SL4007"))).toBe(true);
});

it("a custom format and a sensitive field in an edited schema are found where a fresh run finds them", () => {
  const after = expectEditChangesFindings(baseline(), (ir) => ({
    ...ir,
    schemas: ir.schemas.map((s) =>
      s.name === "UpdateUserRequest" && s.type.kind === "object"
        ? {
            ...s,
            type: {
              ...s.type,
              properties: [...s.type.properties, field("iban", t.str({ customFormat: "iban" })), field("pin", t.str(), { visibility: "sensitive" })],
            },
          }
        : s,
    ),
  }));
  expect(after.some((m) => m.startsWith("SL4160") && m.includes("UpdateUserRequest.iban"))).toBe(true);
});
