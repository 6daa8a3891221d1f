/**
 * Figures, targets and output: one human-readable line per figure (with its target, met or
 * missed) and bench/results/latest.json.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { repoRoot } from "./processes.ts";

export type Figures = Record<string, number | null>;

export interface Target {
  figure: string;
  op: "<" | "≤" | "≥";
  value: number;
  text: string;
}

/** The targets (no test asserts a time: the bench reports them). */
export const TARGETS: Target[] = [
  { figure: "secret_get_jwt_ratio", op: "≥", value: 0.5, text: "≥ 0.5 × ceiling" },
  { figure: "resources_list_p99_ms_10k", op: "<", value: 200, text: "p99 < 200 ms" },
  { figure: "resources_list_p99_ms_100k", op: "<", value: 200, text: "p99 < 200 ms" },
  { figure: "resources_list_growth", op: "≤", value: 1.5, text: "≤ 1.5 × the time at the small size" },
  { figure: "share_500_ms", op: "<", value: 1000, text: "< 1 s" },
  { figure: "group_add_member_1000_ms", op: "<", value: 2000, text: "< 2 s" },
  { figure: "jwt_login_per_s", op: "≥", value: 150, text: "≥ 150/s" },
  { figure: "rss_peak_mb", op: "<", value: 300, text: "< 300 MB" },
];

export function verdict(t: Target, v: number | null | undefined): "met" | "missed" | "not measured" {
  if (v === null || v === undefined || !Number.isFinite(v)) return "not measured";
  const met = t.op === "<" ? v < t.value : t.op === "≤" ? v <= t.value : v >= t.value;
  return met ? "met" : "missed";
}

export function median(xs: number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The p-th percentile (0-100) by linear interpolation between closest ranks. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const rank = (p / 100) * (s.length - 1);
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return s[lo]! + (s[hi]! - s[lo]!) * (rank - lo);
}

export const round = (v: number, digits = 1): number => {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
};

/** A figure line, with the target next to it where there is one. */
export function line(label: string, value: string, figures: Figures, keys: string[] = []): string {
  const parts = [`${label.padEnd(50)} ${value}`];
  for (const k of keys) {
    const t = TARGETS.find((x) => x.figure === k);
    if (t) parts.push(`[target ${t.text}: ${verdict(t, figures[k])}]`);
  }
  return parts.join("  ");
}

export interface Results {
  date: string;
  machine: { cores: number; memory: number; node: string; database: string; cpu?: string };
  quick: boolean;
  figures: Figures;
  params: Record<string, unknown>;
  targets: Record<string, { target: string; verdict: string }>;
  notes: string[];
}

export function machine(database: string): Results["machine"] {
  return {
    cores: os.availableParallelism(),
    memory: Math.round(os.totalmem() / 1024 / 1024),
    node: process.version,
    database,
    cpu: os.cpus()[0]?.model,
  };
}

export function writeResults(r: Results): string {
  const dir = path.join(repoRoot, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, "latest.json");
  fs.writeFileSync(file, JSON.stringify(r, null, 2) + "\n");
  return file;
}

export function targetSummary(figures: Figures): Results["targets"] {
  return Object.fromEntries(
    TARGETS.map((t) => [t.figure, { target: t.text, verdict: verdict(t, figures[t.figure]) }]),
  );
}
