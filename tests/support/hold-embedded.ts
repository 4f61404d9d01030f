// Child process for tests/db/embedded.test.ts: starts the embedded PostgreSQL on the folder given as its
// argument, prints "ready <url>", and keeps it until killed (a SIGKILL leaves the server behind, as a killed
// `npm start` would).
import { startEmbeddedDb } from "@/lib/db/embedded";

const db = await startEmbeddedDb({ dataDir: process.argv[2]! });
console.log(`ready ${db.url}`);
setInterval(() => {}, 60_000);
