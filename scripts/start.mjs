// `npm start`: installs what is missing, then prepares the database and serves the app (scripts/serve.ts).
import { enableTypeScript, ensureDependencies } from "./lib/bootstrap.mjs";

ensureDependencies();
await enableTypeScript();
const { main } = await import("./serve.ts");
await main({ dev: process.argv.includes("--dev") });
