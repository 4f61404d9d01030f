import type { TextareaHTMLAttributes } from "react";

/** A labelled textarea whose errors are tied to it with aria-describedby. */
export function TextareaField({
  label,
  name,
  errors,
  hint,
  ...props
}: { label: string; name: string; errors?: string[]; hint?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const describedBy =
    [hint ? `${name}-hint` : "", errors?.length ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      <textarea
        id={name}
        name={name}
        rows={3}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy}
        className="block w-full rounded-md border border-slate-500 bg-white px-3 py-2 text-base focus:outline-3 focus:outline-amber-500 aria-[invalid=true]:border-red-700"
        {...props}
      />
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
