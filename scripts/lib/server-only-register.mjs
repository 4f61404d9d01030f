// `node --import ./scripts/lib/server-only-register.mjs`: lib/ modules' `import "server-only"` resolves to an
// empty module in a plain Node process (see server-only-hook.mjs). For scripts that import the app's i18n,
// which `--conditions=react-server` would break (use-intl needs React's client build).
import { register } from "node:module";

register("./server-only-hook.mjs", import.meta.url);
