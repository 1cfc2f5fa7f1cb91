/**
 * Operations the API performs rather than serves: webhooks (3.1 `webhooks`, `x-webhooks` in 3.0,
 * which has no such field; Redoc renders both) and endpoint callbacks. Their responses are the
 * receiver's answer, so they carry no rate-limit headers and no shared error body; everything
 * else a `Response<…>` says (description, headers, media types, examples, no body) is as on an endpoint.
 */
import { compareStatuses, type OutgoingRequest, type SpecIR, type WebhookNode } from "@specloom/core";
import type { OperationObject, PathItemObject, ResponseObject, ResponsesObject } from "openapi3-ts/oas31";
import { reasonPhrase, type JsonSchemaSet, type OutgoingSchemas } from "@specloom/model";
import { firstSentence, humanize } from "./operation";
import { examplesMap, parameterObject, requestBodyObject } from "./request-body";
import { declaredExamples, declaredHeaders, mediaContent, withOtherContent } from "./responses";
import { requirementObjects } from "./security";

/** The receiver's answers, built like an endpoint's own responses: description, declared headers, media types, examples. */
function outgoingResponses(request: OutgoingRequest, schemas: OutgoingSchemas): ResponsesObject {
  const out: ResponsesObject = {};
  for (const r of [...request.responses].sort((a, b) => compareStatuses(a.status, b.status))) {
    const key = String(r.status);
    const response: ResponseObject = { description: r.description ?? reasonPhrase(r.status) };
    const headers = declaredHeaders(r, schemas.responseHeaders[key]);
    if (Object.keys(headers).length > 0) response.headers = headers;
    const schema = schemas.responses[key];
    if (schema && !r.noBody) response.content = mediaContent(r, schema, declaredExamples(r));
    const content = withOtherContent(response.content, schemas.responseContent?.[key]);
    if (content) response.content = content;
    out[key] = response;
  }
  return out;
}

export function buildOutgoingOperation(
  request: OutgoingRequest,
  schemas: OutgoingSchemas,
  set: JsonSchemaSet,
  extra: { readonly tag?: string; readonly operationId?: string },
): OperationObject {
  const docs = request.docs;
  const summary = docs.summary ? firstSentence(docs.summary) : humanize(request.name);
  const text = (docs.description ?? docs.summary ?? "").trim();
  const description = [
    text && text !== summary ? text : undefined,
    typeof docs.deprecated === "string" ? `**Deprecated:** ${docs.deprecated}` : undefined,
  ];
  const op: OperationObject = { ...(extra.tag ? { tags: [extra.tag] } : {}), summary };
  const joined = description.filter((x): x is string => Boolean(x)).join("\n\n");
  if (joined) op.description = joined;
  if (extra.operationId) op.operationId = extra.operationId;
  if (docs.deprecated) op.deprecated = true;
  if (schemas.parameters.length > 0) op.parameters = schemas.parameters.map(parameterObject);
  if (schemas.body) op.requestBody = requestBodyObject(request, schemas.body, set, examplesMap(docs.examples));
  op.responses = outgoingResponses(request, schemas);
  // The API is the caller here: the document's default security (what callers of the API send) does not apply.
  op.security = request.security ? requirementObjects(request.security) : [];
  return op;
}

/** The `webhooks` map, in IR order (groups by name, declaration order within one). */
export function buildWebhooks(ir: SpecIR, set: JsonSchemaSet): Record<string, PathItemObject> {
  const out: Record<string, PathItemObject> = {};
  for (const w of ir.webhooks ?? ([] as WebhookNode[])) {
    const schemas = set.webhooks[w.name];
    if (schemas) out[w.name] = { [w.method.toLowerCase()]: buildOutgoingOperation(w, schemas, set, { tag: w.tag, operationId: w.name }) };
  }
  return out;
}
