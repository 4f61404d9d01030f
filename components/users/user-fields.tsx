"use client";

import { useT } from "@/components/i18n-provider";
import { SelectField } from "@/components/ui/field";
import { roles } from "@/lib/auth/roles";

export type AgencyOption = { id: string; name: string; code: string };

/** Role and unit pickers shared by the create and edit forms. */
export function RoleAndAgencyFields({
  agencies,
  role,
  agencyId,
  errors,
}: {
  agencies: AgencyOption[];
  role?: string;
  agencyId?: string;
  errors: (name: string) => string[] | undefined;
}) {
  const t = useT();
  return (
    <>
      <SelectField
        label={t("users.role")}
        name="role"
        defaultValue={role ?? "AGENCY_OFFICER"}
        errors={errors("role")}
        options={roles.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
      />
      <SelectField
        label={t("users.agency")}
        name="agencyId"
        defaultValue={agencyId ?? ""}
        errors={errors("agencyId")}
        options={[
          { value: "", label: t("users.agencyNone") },
          ...agencies.map((a) => ({ value: a.id, label: `${a.name} (${a.code})` })),
        ]}
      />
    </>
  );
}
