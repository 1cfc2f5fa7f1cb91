/** The request side of §3 beyond path and query: headers, cookies, body media types, callbacks, and the webhooks subsection. */
import type { EndpointNode, FieldNode, OutgoingRequest, ResponseNode } from "@specloom/core";
import type { SectionContext } from "../context";
import { code, Md, prose } from "../render/md";
import { fieldTypeText } from "../render/ts-type";
import { deprecationNote, fieldRules } from "./field-notes";
import { renderPayload } from "./payload";
import { renderResponseDetails } from "./response-details";

/** "`id`: string (UUID)" with rules and default, as in the seed. */
export function paramText(ctx: SectionContext, p: FieldNode): string {
  const notes = fieldRules(ctx, p);
  if (p.optional) notes.push(ctx.t.common.optional);
  if (p.default?.kind === "literalDefault") notes.push(ctx.t.models.comment.default(code(JSON.stringify(p.default.value))));
  const deprecated = deprecationNote(ctx, p.docs.deprecated);
  if (deprecated) notes.unshift(deprecated);
  if (p.docs.summary) notes.push(p.docs.summary);
  const type = fieldTypeText(p, ctx.index, { dates: "string" });
  return `${code(p.name)}: ${prose(type)}${notes.length ? ` (${notes.join(", ")})` : ""}`;
}

/** Header and cookie parameters. */
export function renderHeaderAndCookieParams(
  ctx: SectionContext,
  md: Md,
  source: { readonly headers?: readonly FieldNode[]; readonly cookies?: readonly FieldNode[] },
): void {
  const { api } = ctx.t;
  if (source.headers?.length) md.field(api.headerParams).bullets(source.headers.map((p) => paramText(ctx, p)));
  if (source.cookies?.length) md.field(api.cookieParams).bullets(source.cookies.map((p) => paramText(ctx, p)));
}

/** The body with what was declared about it: media types, whether it is required, per-part content types. */
export function renderRequestBody(
  ctx: SectionContext,
  md: Md,
  r: Pick<OutgoingRequest, "body" | "bodyContentTypes" | "bodyRequired" | "bodyEncoding">,
): void {
  const { api, common } = ctx.t;
  if (!r.body) return;
  if (r.bodyContentTypes?.length) md.field(api.bodyContentType, r.bodyContentTypes.map(code).join(", "));
  if (r.bodyRequired !== undefined) md.field(api.bodyRequired, r.bodyRequired ? common.yes : common.no);
  if (r.bodyEncoding?.length) md.field(api.partContentTypes).bullets(r.bodyEncoding.map((e) => `${code(e.part)}: ${e.contentTypes.map(code).join(", ")}`));
  renderPayload(ctx, md, api.requestBody, r.body, "request");
}

/** What the receiver of a webhook or callback answers, with the media types, headers and examples its responses declare. */
function renderReceiverResponses(ctx: SectionContext, md: Md, r: OutgoingRequest): void {
  const { api } = ctx.t;
  const typed = (x: ResponseNode) => x.type !== undefined && x.status !== 204 && !x.noBody;
  const plain = r.responses.filter((x) => !typed(x));
  for (const x of r.responses.filter(typed)) {
    renderPayload(ctx, md, api.receiverResponse(x.status), x.type!, "request");
    if (x.description) md.field(ctx.t.api.description, x.description);
  }
  if (plain.length) md.field(api.receiverResponses).bullets(plain.map((x) => `${x.status}: ${x.description ?? api.noContent}`));
  for (const x of r.responses) renderResponseDetails(ctx, md, x);
}

function renderOutgoing(ctx: SectionContext, md: Md, r: OutgoingRequest): void {
  const { t } = ctx;
  if (r.docs.summary) md.field(t.api.description, r.docs.summary);
  if (r.docs.deprecated) md.field(t.common.deprecated, r.docs.deprecated === true ? t.common.yes : r.docs.deprecated);
  renderHeaderAndCookieParams(ctx, md, r);
  renderRequestBody(ctx, md, r);
  renderReceiverResponses(ctx, md, r);
}

/** An endpoint's callbacks: each one a request to the URL its runtime expression names. */
export function renderCallbacks(ctx: SectionContext, md: Md, e: EndpointNode): void {
  for (const c of e.callbacks ?? []) {
    md.field(ctx.t.api.callback(code(c.name)), `${c.method} ${code(c.expression)}`);
    renderOutgoing(ctx, md, c);
  }
}

/** `### Webhooks`: what the API sends to its subscribers, one `#### name (METHOD)` block each. */
export function renderWebhooks(ctx: SectionContext, md: Md): void {
  const webhooks = ctx.ir.webhooks ?? [];
  if (webhooks.length === 0) return;
  md.rule();
  md.heading(3, ctx.t.api.webhooks);
  md.paragraph(ctx.t.api.webhooksIntro);
  webhooks.forEach((w, i) => {
    if (i > 0) md.rule();
    md.heading(4, `${w.name} (${w.method})`);
    renderOutgoing(ctx, md, w);
  });
}
