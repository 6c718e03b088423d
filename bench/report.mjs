/** The results table: medians, ratios to the floors, targets. */

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const round = (x) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);

/**
 * One row. `runs` (ms) against `base` (ms, the floor) with a target { ratio } or { ms }; or a size in bytes;
 * or unavailable (the app module is not there yet).
 */
/** Median of each named part over the runs: { read: [..] } → { read: median }. */
function partMedians(parts) {
  if (!parts?.length) return undefined;
  return Object.fromEntries(Object.keys(parts[0]).map((k) => [k, round(median(parts.map((p) => p[k])))]));
}

export function rowOf({ key, label, runs, base, target = null, size, rawSize, unavailable = false, note, parts }) {
  if (unavailable) return { key, label, status: 'not available', target, note: note ?? 'the app module is not there yet' };
  if (size !== undefined) return { key, label, bytes: size, rawBytes: rawSize, status: 'info' };
  const value = median(runs);
  const baseline = base ? median(base) : null;
  const ratio = baseline ? value / baseline : null;
  let status = 'info';
  if (target?.ratio) status = ratio <= target.ratio ? 'pass' : 'MISS';
  else if (target?.ms) status = value <= target.ms ? 'pass' : 'MISS';
  return {
    key,
    label,
    medianMs: round(value),
    minMs: round(Math.min(...runs)),
    baselineMs: round(baseline),
    ratio: ratio === null ? null : Math.round(ratio * 100) / 100,
    target,
    status,
    runsMs: runs.map(round),
    baselineRunsMs: base ? base.map(round) : undefined,
    ...(parts ? { partsMs: partMedians(parts) } : {}),
    ...(note ? { note } : {}),
  };
}

/** Terminal columns a string takes (CJK characters take two). */
const width = (s) => [...s].reduce((w, ch) => w + (ch.codePointAt(0) >= 0x2e80 ? 2 : 1), 0);
const pad = (s, n, right = false) => (right ? ' '.repeat(Math.max(0, n - width(s))) + s : s + ' '.repeat(Math.max(0, n - width(s))));

function cells(r) {
  const targetText = r.target?.ratio ? `≤ ${r.target.ratio}×` : r.target?.ms ? `≤ ${r.target.ms} ms` : '';
  if (r.bytes !== undefined) return [r.label, `${(r.bytes / 1024).toFixed(0)} kB`, '', `${(r.rawBytes / 1024).toFixed(0)} kB raw`, '', '', r.status];
  if (r.status === 'not available') return [r.label, '—', '—', '—', '—', targetText, r.status];
  return [
    r.label,
    `${r.medianMs} ms`,
    `${r.minMs} ms`,
    r.baselineMs === null ? '' : `${r.baselineMs} ms`,
    r.ratio === null ? '' : `${r.ratio.toFixed(2)}×`,
    targetText,
    r.status + (r.note ? ` (${r.note})` : ''),
  ];
}

export function printTable(rows, machine) {
  const header = ['Measure', 'Median', 'Min', 'Baseline', 'Ratio', 'Target', 'Result'];
  const body = rows.map(cells);
  const widths = header.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]))));
  const line = (cs) => cs.map((c, i) => pad(c, widths[i], i > 0 && i < 5)).join(' │ ');
  console.log('');
  console.log(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB; Chromium ${machine.chromium}; Node ${machine.node}; ${machine.date}`,
  );
  console.log(
    `Load average (1 min) at the start and the end: ${machine.loadAverage.join(' → ')}; Baseline and Ratio are medians of runs alternating with the measure.`,
  );
  console.log(line(header));
  console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
  for (const b of body) console.log(line(b));
  for (const r of rows) {
    if (r.partsMs)
      console.log(
        `  ${r.key}: ${Object.entries(r.partsMs)
          .map(([k, v]) => `${k} ${v} ms`)
          .join(', ')}`,
      );
  }
  console.log('');
}
