"use client";

import { signOut } from "@/components/auth/session-client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button, buttonClass } from "@/components/ui/button";

export function SignOutForm() {
  const t = useT();
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <div className="flex flex-wrap gap-3">
      <Button
        disabled={pending}
        onClick={async () => {
          setPending(true);
          await signOut({ redirect: false });
          router.replace("/dang-nhap?reason=signed-out");
          router.refresh();
        }}
      >
        {t("auth.signOutSubmit")}
      </Button>
      <Link href="/" className={buttonClass("secondary")}>
        {t("auth.cancel")}
      </Link>
    </div>
  );
}
