// DuckDB as a benchmark contender: what an analyst who wants speed runs instead of pandas, one SQL
// query per dataset (DuckDB's own readers, all cores), the 7 x 24 counts printed as JSON (Monday
// first, hours 0-23) for the benchmark to check against heatmap's.
//
// usage: node bench/duckdb_method.cjs text|conti|jsonl|csv INPUT
// Needs @duckdb/node-api under bench/.cache (bench/bench.py installs it there with npm).
"use strict";
const path = require("path");
const { DuckDBInstance } = require(path.join(__dirname, ".cache", "node_modules", "@duckdb", "node-api"));

function literal(s) {
  return "'" + s.replace(/'/g, "''") + "'";
}

// Each dataset's reader, told the layout bench/GenerateData.java writes (as the pandas contender
// is told its formats), reading only the timestamp.
const SOURCES = {
  text: (p) =>
    `read_csv(${literal(p)}, header = false, delim = '\t', quote = '', columns = {'t': 'TIMESTAMP'},
              timestampformat = '%Y-%m-%d %H:%M:%S')`,
  conti: (p) =>
    `(SELECT ts AS t FROM read_json(${literal(p)}, format = 'unstructured', columns = {'ts': 'TIMESTAMP'}))`,
  jsonl: (p) =>
    `(SELECT "timestamp" AS t FROM read_json(${literal(p)}, format = 'newline_delimited',
              columns = {'timestamp': 'TIMESTAMP'}))`,
  csv: (p) =>
    `(SELECT "timestamp" AS t FROM read_csv(${literal(p)}, header = true,
              columns = {'id': 'BIGINT', 'timestamp': 'TIMESTAMP', 'user': 'VARCHAR',
                         'action': 'VARCHAR', 'bytes': 'BIGINT'},
              timestampformat = '%Y-%m-%d %H:%M:%S'))`,
};

async function main() {
  const [kind, input] = process.argv.slice(2);
  if (!SOURCES[kind] || !input) {
    console.error("usage: duckdb_method.cjs text|conti|jsonl|csv INPUT");
    process.exit(2);
  }
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  const sql = `SELECT isodow(t) AS d, hour(t) AS h, count(*) AS n FROM ${SOURCES[kind](input)}
               WHERE t IS NOT NULL GROUP BY ALL`;
  const rows = (await conn.runAndReadAll(sql)).getRows();
  const grid = Array.from({ length: 7 }, () => new Array(24).fill(0));
  for (const [d, h, n] of rows) {
    grid[Number(d) - 1][Number(h)] = Number(n);
  }
  process.stdout.write(JSON.stringify(grid) + "\n");
}

main().catch((e) => {
  console.error(String(e && e.message ? e.message : e));
  process.exit(1);
});
