// `npm run audit:verify`: walks the audit log's hash chain (lib/audit/chain.ts); names the first broken row
// and exits 1, or prints the number of rows and the head hash to note elsewhere. Runs beside the app.
import pg from "pg";
import { describeChainResult, verifyAuditChain } from "@/lib/audit/chain/verify";
import { EmbeddedDbError } from "@/lib/db/embedded";
import { EnvError } from "@/lib/env";
import { StartError } from "./lib/database";
import { openDataTarget, reportFailure } from "./lib/data-target";

let target;
try {
  target = await openDataTarget("read", (line) => console.log(`› ${line}`));
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    const result = await verifyAuditChain(client);
    console.log(describeChainResult(result));
    if (!result.ok) process.exitCode = 1;
  } finally {
    await client.end();
  }
} catch (error) {
  // 42P01 no table, 42883 no function: a database the audit_chain migration has not reached.
  if (["42P01", "42883"].includes((error as { code?: string }).code ?? "")) {
    console.error(
      "✗ Cơ sở dữ liệu chưa có chuỗi nhật ký: chạy npm start hoặc npm run db:migrate trước — no audit chain here yet; apply the migrations first",
    );
    process.exitCode = 1;
  } else reportFailure(error, [StartError, EmbeddedDbError, EnvError]);
} finally {
  await target?.stop();
}
