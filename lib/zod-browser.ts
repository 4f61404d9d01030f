import { z } from "zod";

/**
 * In the browser zod must not try `new Function` (it probes for it once, to compile fast object parsers):
 * the Content-Security-Policy forbids eval, so the probe fails — harmlessly, but as a reported violation.
 * On the server it keeps its compiled parsers. Imported by the client provider every page renders.
 */
if (typeof window !== "undefined") z.config({ jitless: true });
