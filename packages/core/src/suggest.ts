/** Levenshtein distance, for "did you mean" hints (front end, checker). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** ` Did you mean 'x'?` for the closest candidate within `max` edits, else "". */
export function didYouMean(value: string, candidates: Iterable<string>, max = 2): string {
  let best: string | undefined;
  let bestDistance = max + 1;
  for (const c of [...candidates].sort()) {
    const d = editDistance(value, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best === undefined ? "" : ` Did you mean '${best}'?`;
}
