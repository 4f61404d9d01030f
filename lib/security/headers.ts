/**
 * The security headers of every response. Pure and dependency-free: next.config.ts (static headers, on every
 * path) and proxy.ts (the page's Content-Security-Policy with this request's nonce) both import it.
 */

/** Whether the browser reached the app over https: NEXTAUTH_URL (the public address) when it is set, else the
 * first `X-Forwarded-Proto` (set by the proxy that terminates TLS). Decides Secure session cookies and HSTS. */
export function servedOverHttps(headers: Headers, source: Record<string, string | undefined> = process.env): boolean {
  if (source.NEXTAUTH_URL) return source.NEXTAUTH_URL.startsWith("https://");
  return headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase() === "https";
}

/** One year; no `preload`: being in browsers' built-in list is a decision for the province's IT department. */
export const strictTransportSecurity = "max-age=31536000; includeSubDomains";

/** Features no page uses are off everywhere; the camera only where inspectors photograph evidence. */
export function permissionsPolicy(options: { camera: boolean }): string {
  return [
    `camera=${options.camera ? "(self)" : "()"}`,
    "microphone=()",
    "geolocation=()",
    "payment=()",
    "usb=()",
    "serial=()",
    "bluetooth=()",
    "interest-cohort=()",
  ].join(", ");
}

/** The page that captures evidence photos (app/(app)/kiem-tra/[id]: the checklist with its evidence uploads), as a next.config.ts source. */
export const evidencePageSource = "/kiem-tra/:id";

const join = (directives: (string | false)[]) => directives.filter(Boolean).join("; ");

/**
 * The CSP of an HTML page. Scripts: only those carrying this request's nonce — Next.js puts it on its own
 * scripts when it finds the policy on the request — and the scripts they load ('strict-dynamic'); no
 * 'unsafe-inline'. Style elements: the app's stylesheets and nonced ones; style *attributes* (React's
 * `style={…}` rendered on the server) may be inline: CSS in an attribute cannot run code nor select other
 * elements. Frames: the app's own (the PDF preview of a record); nobody may frame the app. Development adds
 * what React's dev tooling needs ('unsafe-eval', inline styles of the error overlay, the HMR socket).
 */
export function pageContentSecurityPolicy(options: { nonce: string; https: boolean; dev?: boolean }): string {
  const { nonce, https, dev = false } = options;
  return join([
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    https && "upgrade-insecure-requests",
  ]);
}

/**
 * The CSP of everything that is not a page (API answers, static files, and any HTML the proxy does not see):
 * nothing may load, nothing may frame it. The routes that serve stored files replace it (`fileRoutes`).
 */
export const fallbackContentSecurityPolicy = join([
  "default-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
]);

/**
 * The CSP of a stored file (a PDF, an image, an office file: the type was read from its bytes and nosniff
 * holds the browser to it): only the app's own pages may frame it. No `default-src 'none'`: the browser's
 * PDF viewer counts as a plugin, and restricting it is not worth a blank preview.
 */
export const fileContentSecurityPolicy = "frame-ancestors 'self'";

/** The routes that answer with a stored file (lib/storage fileResponse), as next.config.ts sources. */
export const fileRoutes = [
  "/api/ho-so/tep/:fileId",
  "/api/kiem-tra/:id/minh-chung/:evidenceId",
  "/api/ke-hoach/:id/quyet-dinh",
];

type Header = { key: string; value: string };

/**
 * next.config.ts `headers()`: on every path, camera on the evidence page, the file routes' CSP, HSTS when the
 * proxy in front says https. A later rule replaces a header of an earlier one, and these replace the same
 * header set by a route handler; proxy.ts's headers replace them in turn (the page CSP).
 */
export function staticSecurityHeaders(): {
  source: string;
  headers: Header[];
  has?: { type: "header"; key: string; value: string }[];
}[] {
  return [
    {
      source: "/:path*",
      headers: [
        { key: "x-content-type-options", value: "nosniff" },
        { key: "referrer-policy", value: "strict-origin-when-cross-origin" },
        { key: "permissions-policy", value: permissionsPolicy({ camera: false }) },
        { key: "content-security-policy", value: fallbackContentSecurityPolicy },
      ],
    },
    {
      source: evidencePageSource,
      headers: [{ key: "permissions-policy", value: permissionsPolicy({ camera: true }) }],
    },
    ...fileRoutes.map((source) => ({
      source,
      headers: [{ key: "content-security-policy", value: fileContentSecurityPolicy }],
    })),
    {
      source: "/:path*",
      has: [{ type: "header", key: "x-forwarded-proto", value: "https" }],
      headers: [{ key: "strict-transport-security", value: strictTransportSecurity }],
    },
  ];
}
