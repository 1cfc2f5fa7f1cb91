import type { FieldNode, TypeNode } from "@specloom/core";
import { getModel, type IrIndex } from "@specloom/model";
import { defineRule } from "../rule";

const isBinary = (t: TypeNode) => t.kind === "primitive" && t.constraints?.format === "binary";

/** The body's top-level properties, through a named schema or model. */
function bodyFields(body: TypeNode, index: IrIndex): readonly FieldNode[] {
  if (body.kind === "object") return body.properties;
  if (body.kind !== "ref") return [];
  if (body.refKind === "model") return index.models.get(body.name)?.fields ?? [];
  const schema = body.refKind === "schema" ? index.schemas.get(body.name) : undefined;
  return schema ? bodyFields(schema.type, index) : [];
}

export default defineRule({
  id: "binary-in-json-body",
  code: "SL4141",
  severity: "warning",
  message: "File field '{field}' of '{name}' would travel as JSON text; send the body as multipart/form-data (bodyContentType).",
  docs: 'A `Binary` field in a body sent as `application/json` (the default) has no JSON representation; a file upload declares `bodyContentType: "multipart/form-data"`.',
  checklist: ["endpoints"],
  check(ctx) {
    const model = getModel(ctx.ir);
    const { index } = model;
    const requests = [...model.endpoints.flatMap(({ endpoint: e }) => [e, ...(e.callbacks ?? [])]), ...(ctx.ir.webhooks ?? [])];
    for (const r of requests) {
      const types = r.bodyContentTypes ?? ["application/json"];
      if (!r.body || !types.some((t) => t.split(";")[0]!.trim().toLowerCase() === "application/json")) continue;
      for (const f of bodyFields(r.body, index)) {
        const t = f.type.kind === "array" ? f.type.items : f.type;
        if (isBinary(t)) ctx.report({ field: f.name, name: r.name }, f.loc);
      }
    }
  },
});
