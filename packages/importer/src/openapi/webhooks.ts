/**
 * OpenAPI 3.1 `webhooks` → `Webhooks` groups (one per first tag) of
 * `Webhook<{…}>` properties named like the source's webhooks: headers, body,
 * the receiver's responses and the credentials the API presents. What a
 * webhook cannot say (a second method, query/path/cookie parameters) is SL7018.
 */
import { tsDocComment, tsPropertyKey, tsStringLiteral } from "@specloom/core";
import { isObject, pointerJoin, type JsonObject, type OpenApiImport } from "./context";
import { jsDoc } from "./docs";
import { bodyLine, parameterLines, type OperationInput } from "./operation";
import { responseLines } from "./responses";
import type { SchemaWriter } from "./schema-type";
import type { SecurityImport } from "./security";

const METHODS = ["post", "put", "patch", "get", "delete", "head", "options", "trace"] as const;

export interface WebhookGroup {
  readonly tag: string;
  readonly name: string;
  readonly webhooks: string[];
}

function webhookSource(input: OperationInput, name: string): string {
  const { ctx, op } = input;
  const { path, query, header, cookie } = parameterLines(input);
  if (path.length + query.length + cookie.length > 0)
    ctx.report(
      "import-oa-webhook",
      pointerJoin(input.pointer, "parameters"),
      `parameters of webhook '${name}'`,
      "dropped",
      "a webhook request has headers only",
    );
  const body = bodyLine(input);
  const responses = responseLines(input, false);
  const { security } = input.security.endpoint(op, input.pointer);
  const options = [
    input.method === "post" ? "" : `method: ${tsStringLiteral(input.method.toUpperCase())};\n`,
    header.length > 0 ? `headers: {\n${header.join("")}};\n` : "",
    body ?? "",
    `responses: {\n${responses.join("")}};\n`,
    security ? `security: ${security};\n` : "",
  ];
  const summary = typeof op.summary === "string" ? op.summary.trim() : "";
  const description = typeof op.description === "string" ? op.description.trim() : "";
  const doc = jsDoc({ text: [summary, description].filter(Boolean).join("\n\n"), tags: [] });
  return `${doc}${tsPropertyKey(name)}: Webhook<{\n${options.join("")}}>;\n`;
}

export function buildWebhookGroups(ctx: OpenApiImport, writer: SchemaWriter, security: SecurityImport): WebhookGroup[] {
  const webhooks = isObject(ctx.root.webhooks) ? ctx.root.webhooks : {};
  const byTag = new Map<string, string[]>();
  for (const name of Object.keys(webhooks)) {
    const { value: item, pointer: itemAt } = ctx.deref(webhooks[name]!, pointerJoin("/webhooks", name));
    if (!isObject(item)) continue;
    const methods = METHODS.filter((m) => isObject(item[m]));
    for (const extra of methods.slice(1))
      ctx.report("import-oa-webhook", pointerJoin(itemAt, extra), `${extra.toUpperCase()} of webhook '${name}'`, "dropped", "a webhook has one method");
    const method = methods[0];
    if (!method) continue;
    const op = item[method] as JsonObject;
    const pointer = pointerJoin(itemAt, method);
    const tags = Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === "string") : [];
    const tag = tags[0] ?? "Webhooks";
    const input: OperationInput = {
      ctx,
      writer,
      security,
      pointer,
      method,
      op,
      pathParameters: item.parameters,
      pathItemPointer: itemAt,
      name,
      path: "",
      extraTags: [],
    };
    byTag.set(tag, [...(byTag.get(tag) ?? []), webhookSource(input, name)]);
  }
  return [...byTag].map(([tag, list]) => ({ tag, name: ctx.uniqueName(`${tag.charAt(0).toUpperCase()}${tag.slice(1)} Webhooks`), webhooks: list }));
}

export function webhooksSource(groups: readonly WebhookGroup[]): string {
  return groups
    .map(
      (g) =>
        `${tsDocComment(`Webhooks of the ${g.tag} tag.`)}export interface ${g.name} extends Webhooks<{ tag: ${tsStringLiteral(g.tag)} }> {\n${g.webhooks.join("\n")}}\n`,
    )
    .join("\n");
}
