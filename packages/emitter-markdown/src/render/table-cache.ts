/**
 * A table over every endpoint (or model) whose rows watch mode mostly keeps: each row's escaped cells, padded line
 * and canonical check are remembered by the row array (callers keep a row the same array while its node is
 * unchanged), so a rebuild pads again only new rows, or every row when a column's width changed. The block is
 * exactly `Md.table`'s (tests compare them).
 */
import { mdTableCell as cell } from "@specloom/core";
import { displayWidth, lineIsCanonical } from "./canonical";

type Row = readonly string[];

interface RowEntry {
  readonly cells: readonly string[];
  readonly widths: readonly number[];
  /** The padded line for `lineWidths`, and whether prettier prints it unchanged. */
  line?: string;
  lineWidths?: string;
  canonical?: boolean;
}

export interface TableBlock {
  readonly text: string;
  /** Every line is printed by prettier as is (so the block is: a table holds no fences). */
  readonly canonical: boolean;
}

export class TableCache {
  private rowEntries = new WeakMap<Row, RowEntry>();
  private last: { readonly lines: readonly string[]; readonly block: TableBlock } | undefined;

  private entry(row: Row, columns: number): RowEntry {
    let found = this.rowEntries.get(row);
    if (!found || found.cells.length !== columns) {
      const cells = Array.from({ length: columns }, (_, i) => cell(row[i] ?? ""));
      found = { cells, widths: cells.map(displayWidth) };
      this.rowEntries.set(row, found);
    }
    return found;
  }

  render(header: Row, rows: readonly Row[]): TableBlock {
    const columns = header.length;
    const head = this.entry(header, columns);
    const entries = rows.map((r) => this.entry(r, columns));
    const widths = head.widths.map((w) => Math.max(3, w));
    for (const e of entries) for (let i = 0; i < columns; i++) if (e.widths[i]! > widths[i]!) widths[i] = e.widths[i]!;
    const key = widths.join(",");
    const line = (e: RowEntry): string => {
      if (e.lineWidths !== key) {
        e.line = `| ${e.cells.map((c, i) => c + " ".repeat(widths[i]! - e.widths[i]!)).join(" | ")} |`;
        e.lineWidths = key;
        e.canonical = lineIsCanonical(e.line);
      }
      return e.line!;
    };
    const delimiter = `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`;
    const lines = [line(head), delimiter, ...entries.map(line)];
    const last = this.last;
    if (last && last.lines.length === lines.length && last.lines.every((l, i) => l === lines[i])) return last.block;
    const canonical = head.canonical! && lineIsCanonical(delimiter) && entries.every((e) => e.canonical);
    const block = { text: lines.join("\n"), canonical };
    this.last = { lines, block };
    return block;
  }
}
