/** Error bodies are resolved once: status, then endpoint, then group, then errors.model, then errors.format. */
import { getModel } from "@specloom/model";
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
  expect(bodies(ir, "downloadReport").filter((r) => r.status >= 400)).toEqual([
    { status: 401, body: "none", from: "endpoint" },
    { status: 404, body: "none", from: "endpoint" },
  ]);
  expect(bodies(ir, "exportReports").filter((r) => r.status >= 400)).toEqual([
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
