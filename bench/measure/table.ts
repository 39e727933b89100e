/** A plain-text table with right-aligned numbers, for the benchmark and Lighthouse reports. */
export function formatTable(headers: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [headers, ...rows].map((row) => row.map(String));
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? "").length)));
  const line = (row: readonly string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0)));
  const [head, ...body] = cells;
  return [
    line(head ?? []).join("  "),
    widths.map((width) => "-".repeat(width)).join("  "),
    ...body.map((row) => line(row).join("  ")),
  ].join("\n");
}

/** Bytes as MiB with one decimal. */
export function mebibytes(bytes: number): string {
  return (bytes / 2 ** 20).toFixed(1);
}
