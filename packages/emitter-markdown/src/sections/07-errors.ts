/** 7. Error Handling: the shared error format, examples, and categories from used statuses. */
import { compareStatuses, statusClass, type ApiNode, type ResponseStatus } from "@specloom/core";
import { errorCode as openApiErrorCode, errorContext, getModel, isErrorStatus } from "@specloom/model";
import type { SectionContext } from "../context";
import { code, Md } from "../render/md";

function errorCode(ctx: SectionContext, status: ResponseStatus): string {
  return openApiErrorCode(ctx.ir, status);
}

export function categoryName(ctx: SectionContext, status: ResponseStatus): string {
  const { category } = ctx.t.errors;
  if (status === "default") return category.unexpected;
  const names = category as Readonly<Record<string, string>>;
  return (typeof status === "number" ? names[String(status)] : undefined) ?? (statusClass(status) === 5 ? category.server : category.client);
}

interface UsedStatus {
  /** How many endpoints answer with it. */
  readonly count: number;
  /** The first description an endpoint gives it, in declaration order. */
  readonly reason?: string;
}

/** One API group's error statuses in first-use order: [status, endpoints answering it, first description]. */
type GroupStatuses = readonly (readonly [status: ResponseStatus, count: number, reason: string | undefined])[];

/**
 * By API group, while what its endpoints' effective responses read besides the group is the same (the errors config and
 * what `errors.model` names): an edit recounts only the groups it replaced.
 */
const statusesByGroup = new WeakMap<ApiNode, { readonly deps: readonly unknown[]; readonly statuses: GroupStatuses }>();

function groupStatuses(ctx: SectionContext, api: ApiNode, deps: readonly unknown[]): GroupStatuses {
  const kept = statusesByGroup.get(api);
  if (kept && kept.deps.length === deps.length && kept.deps.every((d, i) => d === deps[i])) return kept.statuses;
  const model = getModel(ctx.ir);
  const used = new Map<ResponseStatus, { count: number; reason?: string }>();
  for (const e of api.endpoints) {
    const seen = new Set<ResponseStatus>();
    for (const r of model.responses(e)) {
      if (!isErrorStatus(r.status)) continue;
      const entry = used.get(r.status) ?? { count: 0 };
      if (!seen.has(r.status)) entry.count++;
      seen.add(r.status);
      if (entry.reason === undefined && r.description) entry.reason = r.description;
      used.set(r.status, entry);
    }
  }
  const statuses = [...used].map(([status, { count, reason }]) => [status, count, reason] as const);
  statusesByGroup.set(api, { deps, statuses });
  return statuses;
}

/** Error statuses of the OpenAPI operations (declared plus implied 401/403/429), sorted, summed over the API groups. */
function usedErrorStatuses(ctx: SectionContext): Map<ResponseStatus, UsedStatus> {
  const used = new Map<ResponseStatus, { count: number; reason?: string }>();
  const errorModel = errorContext(ctx.ir, undefined).model;
  const deps = [ctx.ir.config.errors?.value, errorModel?.kind === "ref" ? errorModel.refKind : undefined];
  for (const api of ctx.ir.apis) {
    for (const [status, count, reason] of groupStatuses(ctx, api, deps)) {
      const entry = used.get(status) ?? { count: 0 };
      entry.count += count;
      // Groups in declaration order: the first group giving a description gives the first endpoint's.
      if (entry.reason === undefined && reason !== undefined) entry.reason = reason;
      used.set(status, entry);
    }
  }
  return new Map([...used].sort(([a], [b]) => compareStatuses(a, b)));
}

export function renderErrors(ctx: SectionContext, md: Md): void {
  const { t } = ctx;
  const c = t.errors.formatComments;
  md.heading(2, t.sections.errors);
  md.heading(3, t.errors.format);
  const errors = ctx.ir.config.errors?.value;
  if (errors?.model) md.paragraph(t.errors.modelFormat(code(errors.model)));
  else if (errors?.format === "problem+json") {
    md.paragraph(t.errors.problemFormat);
    md.code("typescript", [
      "{",
      `  type?: string;      // ${c.problemType}`,
      `  title?: string;     // ${c.problemTitle}`,
      `  status?: number;    // ${c.problemStatus}`,
      `  detail?: string;    // ${c.message}`,
      `  instance?: string;  // ${c.problemInstance}`,
      "}",
    ]);
  } else
    md.code("typescript", [
      "{",
      "  error: {",
      `    code: string;           // ${c.code}`,
      `    message: string;        // ${c.message}`,
      `    details?: object;       // ${c.details}`,
      `    field_errors?: {        // ${c.fieldErrors}`,
      "      [field: string]: string[];",
      "    };",
      `    request_id: string;     // ${c.requestId}`,
      `    timestamp: string;      // ${c.timestamp}`,
      "  }",
      "}",
    ]);
  const used = usedErrorStatuses(ctx);
  // The examples are in the seed's shape; a project that replaced it shows its own type above instead.
  if (!errors?.model && errors?.format !== "problem+json") renderSeedExamples(ctx, md, used);
  md.heading(3, t.errors.categories);
  if (used.size === 0) md.paragraph(t.errors.noErrors);
  else
    md.table(
      t.errors.columns,
      [...used].map(([status, { count }]) => [String(status), categoryName(ctx, status), code(errorCode(ctx, status)), String(count)]),
    );
}

function renderSeedExamples(ctx: SectionContext, md: Md, used: ReadonlyMap<ResponseStatus, UsedStatus>): void {
  const { t } = ctx;
  md.heading(3, t.errors.examples);
  const examples = ctx.ir.config.errors?.value.examples ?? [];
  if (examples.length > 0) {
    for (const ex of examples) {
      md.paragraph(`**${t.errors.exampleTitle(ex.title, ex.status)}**:`);
      const error = {
        code: ex.code,
        message: ex.message,
        ...(ex.fieldErrors ? { field_errors: ex.fieldErrors } : {}),
        request_id: "req_123abc",
        timestamp: "2025-01-18T10:30:00Z",
      };
      md.code("json", JSON.stringify({ error }, null, 2));
    }
  } else if (used.size === 0) {
    md.paragraph(t.errors.noErrors);
  } else {
    // No configured examples: one per status actually used, with the first declared reason.
    for (const [status, { reason }] of used) {
      md.paragraph(`**${t.errors.exampleTitle(categoryName(ctx, status), status)}**:`);
      const error = {
        code: errorCode(ctx, status),
        message: reason ?? categoryName(ctx, status),
        request_id: "req_123abc",
        timestamp: "2025-01-18T10:30:00Z",
      };
      md.code("json", JSON.stringify({ error }, null, 2));
    }
  }
}
