/**
 * Watch mode keeps the IR nodes of unchanged files: a rule's findings about one
 * node are replayed in the next run instead of checked again, when the node is
 * the same object, every other input the check names is the same (`===`), and
 * every by-name lookup it made in the index answers the same.
 */
import type { ApiNode, EndpointNode, SourceLocation, SpecIR } from "@specloom/core";
import { errorContext, getModel, nodeReuse, recordingIndex, type IrIndex } from "@specloom/model";
import type { ReportArgs, ReportOptions, RuleContext } from "../rule";

type Report = readonly [args: ReportArgs, loc?: SourceLocation, options?: ReportOptions];
type Lookup = readonly [map: "models" | "enums" | "schemas", name: string, found: unknown];

interface Entry {
  readonly inputs: readonly unknown[];
  readonly lookups: readonly Lookup[];
  readonly reports: readonly Report[];
}

export type ReportFn = (args: ReportArgs, loc?: SourceLocation, options?: ReportOptions) => void;
/** A check of one node: it reads other nodes only through `index`, and nothing else but the `inputs` its rule names. */
export type NodeCheck<N> = (node: N, report: ReportFn, index: IrIndex) => void;

const NONE: readonly never[] = [];

export class NodeFindings<N extends object> {
  private readonly cache = new WeakMap<N, Entry>();
  /** The previous call's nodes and entries by position: an unchanged list is checked with `===` instead of WeakMap lookups. */
  private last: { readonly nodes: readonly N[]; readonly entries: readonly (Entry | undefined)[] } | undefined;

  /**
   * `check` on every node of `nodes`, in order, each replayed while it, the `inputs` (what the check reads besides
   * its node and `index`, compared with `===`) and its lookups are the same. Call it once per run with the whole list.
   */
  each(ctx: RuleContext, nodes: readonly N[], check: NodeCheck<N>, inputs: readonly unknown[] = NONE): void {
    const index = getModel(ctx.ir).index;
    if (!nodeReuse()) {
      this.last = undefined;
      const report: ReportFn = (args, loc, options) => ctx.report(args, loc, options);
      for (const node of nodes) check(node, report, index);
      return;
    }
    // Every entry this call stores shares one inputs array: compared once per distinct array, not once per node.
    const clean: Entry = { inputs, lookups: NONE, reports: NONE };
    const sameInputs = new Map<readonly unknown[], boolean>();
    const inputsHold = (before: readonly unknown[]) => {
      let same = sameInputs.get(before);
      if (same === undefined) sameInputs.set(before, (same = before.length === inputs.length && before.every((x, i) => x === inputs[i])));
      return same;
    };
    const last = this.last;
    const entries: (Entry | undefined)[] = new Array<Entry | undefined>(nodes.length);
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i]!;
      const entry = last !== undefined && last.nodes[i] === node ? last.entries[i] : this.cache.get(node);
      if (entry !== undefined && inputsHold(entry.inputs) && entry.lookups.every(([map, name, found]) => index[map].get(name) === found)) {
        for (const [args, loc, options] of entry.reports) ctx.report(args, loc, options);
        entries[i] = entry;
      } else entries[i] = this.check(ctx, index, node, check, inputs, clean);
    }
    this.last = { nodes, entries };
  }

  private check(ctx: RuleContext, index: IrIndex, node: N, check: NodeCheck<N>, inputs: readonly unknown[], clean: Entry): Entry | undefined {
    const lookups: Lookup[] = [];
    const reports: Report[] = [];
    let opaque = false;
    const recording = recordingIndex(
      index,
      (map, name, found) => void lookups.push([map, name, found]),
      () => void (opaque = true),
    );
    check(
      node,
      (args, loc, options) => {
        reports.push([args, loc, options]);
        ctx.report(args, loc, options);
      },
      recording,
    );
    if (opaque) {
      this.cache.delete(node);
      return undefined;
    }
    const entry = lookups.length === 0 && reports.length === 0 ? clean : { inputs, lookups, reports };
    this.cache.set(node, entry);
    return entry;
  }
}

/** A check of one endpoint, with its API group. */
export type EndpointCheck = (endpoint: EndpointNode, report: ReportFn, index: IrIndex, api: ApiNode) => void;

/**
 * Findings of endpoint checks by API group: an unchanged group is one lookup however many endpoints it has, and
 * the endpoints come in the order every rule reports them (groups, then their endpoints).
 */
export class EndpointFindings {
  private readonly groups = new NodeFindings<ApiNode>();

  each(ctx: RuleContext, check: EndpointCheck, inputs: readonly unknown[] = NONE): void {
    this.groups.each(
      ctx,
      ctx.ir.apis,
      (api, report, index) => {
        for (const e of api.endpoints) check(e, report, index, api);
      },
      inputs,
    );
  }
}

/**
 * What an endpoint's effective responses read besides the endpoint and its group: the errors config, and what kind of
 * declaration `errors.model` names (`===` each; the group is the cache key already).
 */
export function responseInputs(ir: SpecIR): readonly unknown[] {
  const model = errorContext(ir, undefined).model;
  return [ir.config.errors?.value, model?.kind === "ref" ? model.refKind : undefined];
}
