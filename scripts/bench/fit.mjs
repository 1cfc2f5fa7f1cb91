/** Fits of the scaling table: time ∝ N^k on log–log, and a straight line (fixed cost + cost per entity). */

const round = (v, digits = 1) => (Number.isFinite(v) ? Number(v.toFixed(digits)) : v);

/** Slope of log(time) against log(N): 1 is linear, above 1 superlinear. */
function exponentFit(rows, key) {
  const xs = rows.map((r) => Math.log(r.entities));
  const ys = rows.map((r) => Math.log(r[key]));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return round(xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / sxx, 3);
}

/** Least-squares line through (N, ms): fixed cost, cost per entity, and R². */
function linearFit(rows, key) {
  const xs = rows.map((r) => r.entities);
  const ys = rows.map((r) => r[key]);
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  const sxx = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  const sxy = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0);
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  const ssRes = ys.reduce((a, y, i) => a + (y - (intercept + slope * xs[i])) ** 2, 0);
  const ssTot = ys.reduce((a, y) => a + (y - my) ** 2, 0);
  return { fixedMs: round(intercept), msPerEntity: round(slope, 3), r2: round(1 - ssRes / ssTot, 4) };
}

export function scalingSummary(rows) {
  const first = rows[0];
  const last = rows.at(-1);
  const growth = (key) => round(last[key] / first[key] / (last.entities / first.entities), 2);
  const fit = (key) => ({ exponent: exponentFit(rows, key), ...linearFit(rows, key), growthVsLinear: growth(key) });
  return {
    specloom: fit("specloomMs"),
    tsc: fit("tscMs"),
    // CPU time barely depends on what else the machine runs: the steadier growth figure on a shared box.
    specloomCpu: fit("specloomCpuMs"),
    tscCpu: fit("tscCpuMs"),
    ...(rows.every((r) => Number.isFinite(r.typespecMs)) ? { typespec: fit("typespecMs") } : {}),
  };
}
