"use client";

import { useActionState } from "react";
import { useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { echoed, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { updateAgencyAction } from "@/lib/agencies/actions";
import { standardVersions } from "@/lib/agencies/constants";

export type AgencyFormValues = Record<
  | "id"
  | "version"
  | "name"
  | "shortName"
  | "nameEn"
  | "kindId"
  | "parentId"
  | "group"
  | "isoRequirement"
  | "standardVersion"
  | "announcementNumber"
  | "announcementDate"
  | "procedureCount"
  | "contactName"
  | "contactPhone"
  | "contactEmail"
  | "note"
  | "validFrom"
  | "validTo",
  string
> & { confirmed: boolean };

type Option = { value: string; label: string };

export function AgencyForm({
  values,
  kinds,
  parents,
}: {
  values: AgencyFormValues;
  kinds: Option[];
  parents: Option[];
}) {
  const t = useT();
  const [state, action, pending] = useActionState(updateAgencyAction, idleState);
  const errors = (name: string) => fieldErrors(state, name);
  const v = (name: keyof AgencyFormValues) => echoed(state, name, String(values[name] ?? ""));
  // After a save the form continues from the new version.
  const version = state.status === "success" ? String(state.data.version) : v("version");
  return (
    <form action={action} className="space-y-6" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="id" value={values.id} />
      <input type="hidden" name="version" value={version} />
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("agencies.detail")}</legend>
        <div className="md:col-span-2">
          <TextField label={t("agencies.name")} name="name" required defaultValue={v("name")} errors={errors("name")} />
        </div>
        <TextField
          label={t("agencies.shortName")}
          name="shortName"
          defaultValue={v("shortName")}
          errors={errors("shortName")}
        />
        <TextField label={t("agencies.nameEn")} name="nameEn" defaultValue={v("nameEn")} errors={errors("nameEn")} />
        <SelectField
          label={t("agencies.kind")}
          name="kindId"
          defaultValue={v("kindId")}
          errors={errors("kindId")}
          options={kinds}
        />
        <SelectField
          label={t("agencies.parent")}
          name="parentId"
          defaultValue={v("parentId")}
          errors={errors("parentId")}
          options={[{ value: "", label: t("agencies.noParent") }, ...parents]}
        />
        <TextField label={t("agencies.group")} name="group" defaultValue={v("group")} errors={errors("group")} />
        <SelectField
          label={t("agencies.isoRequirement")}
          name="isoRequirement"
          defaultValue={v("isoRequirement")}
          errors={errors("isoRequirement")}
          options={[
            { value: "MANDATORY", label: t("isoRequirement.MANDATORY") },
            { value: "ENCOURAGED", label: t("isoRequirement.ENCOURAGED") },
          ]}
        />
        <SelectField
          label={t("agencies.standardVersion")}
          name="standardVersion"
          defaultValue={v("standardVersion")}
          errors={errors("standardVersion")}
          options={standardVersions.map((s) => ({ value: s, label: t(`standardVersion.${s}`) }))}
        />
        <TextField
          label={t("agencies.procedureCount")}
          name="procedureCount"
          inputMode="numeric"
          defaultValue={v("procedureCount")}
          errors={errors("procedureCount")}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("agencies.announcement")}</legend>
        <TextField
          label={t("agencies.announcementNumber")}
          name="announcementNumber"
          placeholder="123/QĐ-UBND"
          defaultValue={v("announcementNumber")}
          errors={errors("announcementNumber")}
        />
        <TextField
          label={t("agencies.announcementDate")}
          name="announcementDate"
          placeholder="dd/mm/yyyy"
          hint={t("agencies.dateHint")}
          defaultValue={v("announcementDate")}
          errors={errors("announcementDate")}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t("agencies.contact")}</legend>
        <TextField
          label={t("agencies.contactName")}
          name="contactName"
          autoComplete="off"
          defaultValue={v("contactName")}
          errors={errors("contactName")}
        />
        <TextField
          label={t("agencies.contactPhone")}
          name="contactPhone"
          type="tel"
          autoComplete="off"
          defaultValue={v("contactPhone")}
          errors={errors("contactPhone")}
        />
        <TextField
          label={t("agencies.contactEmail")}
          name="contactEmail"
          type="email"
          autoComplete="off"
          defaultValue={v("contactEmail")}
          errors={errors("contactEmail")}
        />
      </fieldset>
      <fieldset className="grid gap-4 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("agencies.validity")}</legend>
        <TextField
          label={t("agencies.validFrom")}
          name="validFrom"
          placeholder="dd/mm/yyyy"
          defaultValue={v("validFrom")}
          errors={errors("validFrom")}
        />
        <TextField
          label={t("agencies.validTo")}
          name="validTo"
          placeholder="dd/mm/yyyy"
          defaultValue={v("validTo")}
          errors={errors("validTo")}
        />
        <div className="md:col-span-2">
          <label htmlFor="note" className="field-label">
            {t("agencies.note")}
          </label>
          <textarea
            id="note"
            name="note"
            rows={3}
            defaultValue={v("note")}
            aria-describedby={errors("note") ? "note-error" : undefined}
            className="block w-full rounded-md border border-slate-500 px-3 py-2"
          />
          {errors("note") ? (
            <p id="note-error" className="text-sm text-red-800">
              {errors("note")!.join(" ")}
            </p>
          ) : null}
        </div>
        <div className="flex items-center gap-2">
          <input
            id="confirmed"
            name="confirmed"
            type="checkbox"
            value="true"
            defaultChecked={state.status === "error" ? state.values?.confirmed === "true" : values.confirmed}
            className="size-5"
          />
          <label htmlFor="confirmed" className="font-semibold">
            {t("agencies.confirmed")}
          </label>
        </div>
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? t("agencies.saving") : t("agencies.save")}
      </Button>
    </form>
  );
}
