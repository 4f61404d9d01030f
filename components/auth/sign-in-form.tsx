"use client";

import { signIn } from "@/components/auth/session-client";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useT } from "@/components/i18n-provider";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { safeRedirectPath } from "@/lib/auth/redirect";

/** `callbackUrl`: where to go after signing in, a path on this app (lib/auth/redirect.ts). */
export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    try {
      const result = await signIn("credentials", {
        redirect: false,
        email: form.get("email"),
        password: form.get("password"),
      });
      if (result?.ok && !result.error) {
        // The page sent a safe path already; checked again against the origin the browser is really on.
        router.replace(safeRedirectPath(callbackUrl, window.location.origin));
        router.refresh();
        return;
      }
      const [code, minutes] = (result?.error ?? "ERROR").split(":");
      if (code === "LOCKED") setError(t("auth.LOCKED", { minutes: minutes ?? "15" }));
      else if (code === "BAD_CREDENTIALS" || code === "DISABLED") setError(t(`auth.${code}`));
      else setError(t("auth.ERROR"));
    } catch {
      setError(t("auth.ERROR"));
    }
    setPending(false);
  }

  return (
    // method="post": a submit before hydration must not put the password in the address (a GET would).
    <form onSubmit={onSubmit} method="post" className="space-y-4" noValidate aria-describedby="sign-in-error">
      <Alert tone="error" id="sign-in-error">
        {error}
      </Alert>
      <TextField label={t("auth.email")} name="email" type="email" autoComplete="username" required autoFocus />
      <TextField label={t("auth.password")} name="password" type="password" autoComplete="current-password" required />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("auth.submitting") : t("auth.submit")}
      </Button>
    </form>
  );
}
