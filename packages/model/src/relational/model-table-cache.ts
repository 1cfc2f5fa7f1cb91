/**
 * Watch mode keeps the model nodes of unchanged files: a model's table is reused
 * when a rebuild would derive exactly the same one. Deriving it reads the model
 * node, the settings, other models (FK targets), enums, and the schema-wide names
 * already taken; a journal records every such read, and the table is reused only
 * when each read gives the same answer again, in the same order.
 */
import type { ModelNode } from "@specloom/core";
import type { BuildContext, NameSet } from "./context";
import type { Table } from "./model";
import { nodeReuse } from "../node-cache";
import { RecordingMap } from "../recording-map";

/** One lookup and its answer, or a name reserved (`reserve`). */
type Read = readonly [what: "model" | "enum" | "native" | "taken", name: string, found: unknown] | readonly [what: "reserve", name: string];

interface Journal {
  readonly reads: Read[];
  /** Set when the derivation iterated a lookup: its result cannot be checked read by read. */
  opaque: boolean;
}

/** The taken names, recording each question and each reservation. */
function recordingNames(inner: NameSet, journal: Journal): NameSet {
  return {
    has(name) {
      const found = inner.has(name);
      journal.reads.push(["taken", name, found]);
      return found;
    },
    add(name) {
      journal.reads.push(["reserve", name]);
      inner.add(name);
    },
  };
}

interface Entry {
  readonly settings: string;
  readonly dialect: BuildContext["dialect"];
  readonly journal: Journal;
  readonly table: Table;
}

const tables = new WeakMap<ModelNode, Entry>();

function answer(ctx: BuildContext, what: Read[0], name: string, reserved: ReadonlySet<string>): unknown {
  switch (what) {
    case "model":
      return ctx.models.get(name);
    case "enum":
      return ctx.enums.get(name);
    case "native":
      return ctx.nativeEnums.get(name);
    default:
      return reserved.has(name) || ctx.usedNames.has(name);
  }
}

/**
 * Whether every read of the journal answers the same in `ctx` now; reservations
 * are replayed on a scratch set first, so a failed check changes nothing.
 */
function replays(ctx: BuildContext, journal: Journal): boolean {
  if (journal.opaque) return false;
  const reserved = new Set<string>();
  for (const read of journal.reads) {
    if (read[0] === "reserve") reserved.add(read[1]);
    else if (answer(ctx, read[0], read[1], reserved) !== read[2]) return false;
  }
  for (const name of reserved) ctx.usedNames.add(name);
  return true;
}

/**
 * `derive(ctx, model)`, or the table derived for the same node in an earlier
 * build when every read answers the same (`settings`: the SQL config, as JSON).
 */
export function cachedModelTable(ctx: BuildContext, settings: string, model: ModelNode, derive: (ctx: BuildContext, model: ModelNode) => Table): Table {
  if (!nodeReuse()) return derive(ctx, model);
  const entry = tables.get(model);
  if (entry && entry.settings === settings && entry.dialect === ctx.dialect && replays(ctx, entry.journal)) return entry.table;
  const journal: Journal = { reads: [], opaque: false };
  const record = (what: "model" | "enum" | "native") => (name: string, found: unknown) => void journal.reads.push([what, name, found]);
  const opaque = () => void (journal.opaque = true);
  const recording: BuildContext = {
    ...ctx,
    models: new RecordingMap(ctx.models, record("model"), opaque),
    enums: new RecordingMap(ctx.enums, record("enum"), opaque),
    nativeEnums: new RecordingMap(ctx.nativeEnums, record("native"), opaque),
    usedNames: recordingNames(ctx.usedNames, journal),
  };
  const table = derive(recording, model);
  tables.set(model, { settings, dialect: ctx.dialect, journal, table });
  return table;
}
