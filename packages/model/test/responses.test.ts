/** Error bodies are resolved once: status, then endpoint, then group, then errors.model, then errors.format. */
import { getModel, isErrorStatus } from "@specloom/model";
import { buildResponsesIr } from "@specloom/test-support";

const bodies = (ir: ReturnType<typeof buildResponsesIr>, name: string) => {
  const model = getModel(ir);
  return model.responses(model.endpoint(name)!).map((r) => ({
    status: r.status,
    body: r.noBody ? "none" : r.type?.kind === "ref" ? r.type.name : (r.errorFormat ?? r.type?.kind),
    from: r.errorBodySource,
  }));
};

test("a body declared at the status is kept; the rest follow the endpoint, the group, then the config", () => {
  const ir = buildResponsesIr({ format: "problem+json", model: "ApiError" });
  expect(bodies(ir, "createReport")).toEqual([
    { status: 201, body: "Report", from: undefined },
    { status: 401, body: "ApiError", from: "config" },
    { status: 422, body: "ValidationErrors", from: "status" },
  ]);
  expect(bodies(ir, "downloadReport").filter((r) => isErrorStatus(r.status))).toEqual([
    { status: 401, body: "none", from: "endpoint" },
    { status: 404, body: "none", from: "endpoint" },
  ]);
  expect(bodies(ir, "exportReports").filter((r) => isErrorStatus(r.status))).toEqual([
    { status: 400, body: "ApiError", from: "api" },
    { status: 401, body: "none", from: "status" },
  ]);
});

test("without errors.model the configured format applies, and the seed's shape by default", () => {
  expect(bodies(buildResponsesIr({ format: "problem+json" }), "getReport").find((r) => r.status === 404)).toEqual({
    status: 404,
    body: "problem+json",
    from: "config",
  });
  expect(bodies(buildResponsesIr({}), "getReport").find((r) => r.status === 429)).toEqual({ status: 429, body: "specloom", from: "config" });
});

test("automaticResponses: false keeps exactly the declared responses; a group or endpoint overrides the project", () => {
  type Ir = ReturnType<typeof buildResponsesIr>;
  const statuses = (ir: Ir, name: string) =>
    getModel(ir)
      .responses(getModel(ir).endpoint(name)!)
      .map((r) => r.status);
  const seed = buildResponsesIr({});
  expect(statuses(seed, "getReport")).toEqual([200, 304, 401, 404, 429]);
  const exact = buildResponsesIr({ automaticResponses: false });
  expect(statuses(exact, "getReport")).toEqual([200, 304, 404]);
  expect(statuses(exact, "ping")).toEqual([200, 503]);
  // The errors config says false; the Exports group turns them back on, one Reports endpoint too.
  const [reports, exportsApi] = exact.apis as [Ir["apis"][number], Ir["apis"][number]];
  const mixed: Ir = {
    ...exact,
    apis: [
      { ...reports, endpoints: reports.endpoints.map((e) => (e.name === "createReport" ? { ...e, automaticResponses: true } : e)) },
      { ...exportsApi, automaticResponses: true },
    ],
  };
  expect(statuses(mixed, "ping")).toEqual([200, 429, 503]);
  expect(statuses(mixed, "createReport")).toEqual([201, 401, 422]);
  expect(statuses(mixed, "getReport")).toEqual([200, 304, 404]);
  // The seed's default, turned off by one group.
  const [r0, e0] = seed.apis as [Ir["apis"][number], Ir["apis"][number]];
  expect(statuses({ ...seed, apis: [{ ...r0, automaticResponses: false }, e0] }, "createReport")).toEqual([201, 422]);
});
