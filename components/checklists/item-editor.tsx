"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useEffect } from "react";
import { useLocale, useT } from "@/components/i18n-provider";
import { Button } from "@/components/ui/button";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { TextField } from "@/components/ui/field";
import { echoed, echoedList, fieldErrors, FormStatus } from "@/components/ui/form-status";
import { idleState } from "@/components/ui/idle-state";
import { TextareaField } from "@/components/ui/textarea-field";
import { addChecklistItemAction, removeChecklistItemAction, updateChecklistItemAction } from "@/lib/checklists/actions";
import { itemStandardVersions } from "@/lib/checklists/constants";
import type { ItemFields } from "@/lib/checklists/schema";

type Props = {
  templateId: string;
  lockVersion: number;
  /** The item being edited; absent: a new item. */
  item?: ItemFields & { id: string };
  kinds: { code: string; nameVi: string; nameEn: string }[];
  /** Group names already used in this checklist, offered as suggestions. */
  groups: string[];
  closeHref: string;
};

/** Adds an item to a draft or edits one; the server checks everything again (schema, draft state, version). */
export function ItemEditor({ templateId, lockVersion, item, kinds, groups, closeHref }: Props) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [state, save, pending] = useActionState(item ? updateChecklistItemAction : addChecklistItemAction, idleState);
  const [removeState, remove, removing] = useActionState(removeChecklistItemAction, idleState);
  useEffect(() => {
    if (removeState.status === "success" && item)
      router.replace(
        `${closeHref}${closeHref.includes("?") ? "&" : "?"}ok=removed&code=${encodeURIComponent(item.code)}`,
      );
  }, [removeState, router, closeHref, item]);
  const value = (name: keyof ItemFields) =>
    echoed(state, name, item ? String(item[name]) : name === "weight" ? "1" : "");
  const errors = (name: string) => fieldErrors(state, name);
  const hidden = (
    <>
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="lockVersion" value={lockVersion} />
      {item ? <input type="hidden" name="itemId" value={item.id} /> : null}
    </>
  );
  return (
    <div className="space-y-4">
      <form action={save} className="space-y-4" noValidate aria-describedby="item-form-status">
        <FormStatus state={removeState.status === "error" ? removeState : state} id="item-form-status" />
        {hidden}
        <div className="grid gap-4 md:grid-cols-3">
          <TextField
            label={t("checklists.fields.code")}
            name="code"
            hint={t("checklists.fields.codeHint")}
            defaultValue={value("code")}
            errors={errors("code")}
            autoFocus
            required
          />
          <TextField
            label={t("checklists.fields.clause")}
            name="clause"
            hint={t("checklists.fields.clauseHint")}
            defaultValue={value("clause")}
            errors={errors("clause")}
            required
          />
          <TextField
            label={t("checklists.fields.clauseGroup")}
            name="clauseGroup"
            hint={t("checklists.fields.clauseGroupHint")}
            defaultValue={value("clauseGroup")}
            errors={errors("clauseGroup")}
            list="clause-groups"
            required
          />
          <datalist id="clause-groups">
            {groups.map((g) => (
              <option key={g} value={g} />
            ))}
          </datalist>
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField
            label={t("checklists.fields.titleVi")}
            name="titleVi"
            lang="vi"
            defaultValue={value("titleVi")}
            errors={errors("titleVi")}
            required
          />
          <TextField
            label={t("checklists.fields.titleEn")}
            name="titleEn"
            lang="en"
            defaultValue={value("titleEn")}
            errors={errors("titleEn")}
          />
          <TextareaField
            label={t("checklists.fields.guidanceVi")}
            name="guidanceVi"
            lang="vi"
            defaultValue={value("guidanceVi")}
            errors={errors("guidanceVi")}
          />
          <TextareaField
            label={t("checklists.fields.guidanceEn")}
            name="guidanceEn"
            lang="en"
            hint={t("checklists.fields.guidanceEnHint")}
            defaultValue={value("guidanceEn")}
            errors={errors("guidanceEn")}
          />
        </div>
        <div className="grid gap-4 md:grid-cols-3">
          <TextField
            label={t("checklists.fields.weight")}
            name="weight"
            type="number"
            min={1}
            max={5}
            inputMode="numeric"
            defaultValue={value("weight")}
            errors={errors("weight")}
          />
          <CheckboxGroup
            legend={`${t("checklists.fields.kindCodes")} (${t("checklists.fields.kindCodesHint")})`}
            name="kindCodes"
            options={kinds.map((k) => ({ value: k.code, label: locale === "vi" ? k.nameVi : k.nameEn }))}
            checked={echoedList(state, "kindCodes", item?.kindCodes ?? [])}
            errors={errors("kindCodes")}
          />
          <CheckboxGroup
            legend={`${t("checklists.fields.standardVersions")} (${t("checklists.fields.standardVersionsHint")})`}
            name="standardVersions"
            options={itemStandardVersions.map((v) => ({ value: v, label: t(`standardVersion.${v}`) }))}
            checked={echoedList(state, "standardVersions", item?.standardVersions ?? [])}
            errors={errors("standardVersions")}
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={pending}>
            {item ? t("checklists.editor.save") : t("checklists.editor.add")}
          </Button>
          <Link href={closeHref} className="inline-flex min-h-11 items-center font-semibold text-blue-800 underline">
            {t("checklists.editor.close")}
          </Link>
        </div>
      </form>
      {item ? (
        <form action={remove}>
          {hidden}
          <Button type="submit" variant="danger" disabled={removing}>
            {t("checklists.editor.remove")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
