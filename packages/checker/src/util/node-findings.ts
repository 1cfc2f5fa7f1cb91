/**
 * Watch mode keeps the IR nodes of unchanged files: a rule's findings about one
 * node are replayed in the next run instead of checked again, when the node is
 * the same object, every other input the check names is the same (`===`), and
 * every by-name lookup it made in the index answers the same.
 */
import type { SourceLocation } from "@specloom/core";
import { getModel, nodeReuse, recordingIndex, type IrIndex } from "@specloom/model";
import type { ReportArgs, ReportOptions, RuleContext } from "../rule";

type Report = readonly [args: ReportArgs, loc?: SourceLocation, options?: ReportOptions];
type Lookup = readonly [map: "models" | "enums" | "schemas", name: string, found: unknown];

interface Entry {
  readonly inputs: readonly unknown[];
  readonly lookups: readonly Lookup[];
  readonly reports: readonly Report[];
}

export type NodeCheck = (report: (args: ReportArgs, loc?: SourceLocation, options?: ReportOptions) => void, index: IrIndex) => void;

export class NodeFindings<N extends object> {
  private readonly cache = new WeakMap<N, Entry>();

  /** Runs `check` on one node (it must read other nodes only through `index`), or replays its reports. */
  run(ctx: RuleContext, node: N, inputs: readonly unknown[], check: NodeCheck): void {
    const index = getModel(ctx.ir).index;
    if (!nodeReuse()) return check((args, loc, options) => ctx.report(args, loc, options), index);
    const entry = this.cache.get(node);
    if (entry && sameInputs(entry.inputs, inputs) && entry.lookups.every(([map, name, found]) => index[map].get(name) === found)) {
      for (const [args, loc, options] of entry.reports) ctx.report(args, loc, options);
      return;
    }
    const lookups: Lookup[] = [];
    const reports: Report[] = [];
    let opaque = false;
    const recording = recordingIndex(
      index,
      (map, name, found) => void lookups.push([map, name, found]),
      () => void (opaque = true),
    );
    check((args, loc, options) => {
      reports.push([args, loc, options]);
      ctx.report(args, loc, options);
    }, recording);
    if (opaque) this.cache.delete(node);
    else this.cache.set(node, { inputs, lookups, reports });
  }
}

const sameInputs = (a: readonly unknown[], b: readonly unknown[]) => a.length === b.length && a.every((x, i) => x === b[i]);
