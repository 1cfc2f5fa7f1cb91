import type { CallbackNode, EndpointNode, FieldNode, TypeNode, WebhookNode } from "@specloom/core";
import type { IrIndex } from "@specloom/model";
import type { ReportFn } from "../util/node-findings";
import { defineRule } from "../rule";
import { EndpointFindings, NodeFindings } from "../util/node-findings";

/** An endpoint (with its callbacks) or a webhook: each reads other nodes only through the recorded index. */
const endpointFindings = new EndpointFindings();
const webhookFindings = new NodeFindings<WebhookNode>();

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
    const check = (r: EndpointNode | CallbackNode | WebhookNode, report: ReportFn, index: IrIndex) => {
      const types = r.bodyContentTypes ?? ["application/json"];
      if (!r.body || !types.some((t) => t.split(";")[0]!.trim().toLowerCase() === "application/json")) return;
      for (const f of bodyFields(r.body, index)) {
        const t = f.type.kind === "array" ? f.type.items : f.type;
        if (isBinary(t)) report({ field: f.name, name: r.name }, f.loc);
      }
    };
    endpointFindings.each(ctx, (e, report, index) => {
      check(e, report, index);
      for (const c of e.callbacks ?? []) check(c, report, index);
    });
    webhookFindings.each(ctx, ctx.ir.webhooks ?? [], check);
  },
});
