import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

/** app/globals.css */
const control = "control";

/** `id` defaults to `name`; a page holding several forms with the same field names gives each its own. */
type Common = { label: string; name: string; id?: string; errors?: string[]; hint?: string };

function Wrapper({ label, name, errors, hint, children }: Omit<Common, "id"> & { children: ReactNode }) {
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
      {children}
      {errors?.length ? (
        <p id={`${name}-error`} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}

function describedBy(name: string, errors?: string[], hint?: string) {
  return [hint ? `${name}-hint` : "", errors?.length ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** A labelled input whose errors and hint are tied to it with aria-describedby. */
export function TextField({
  label,
  name,
  id = name,
  errors,
  hint,
  ...props
}: Common & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Wrapper label={label} name={id} errors={errors} hint={hint}>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={control}
        {...props}
      />
    </Wrapper>
  );
}

export function SelectField({
  label,
  name,
  id = name,
  errors,
  hint,
  options,
  ...props
}: Common & SelectHTMLAttributes<HTMLSelectElement> & { options: { value: string; label: string }[] }) {
  return (
    <Wrapper label={label} name={id} errors={errors} hint={hint}>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={describedBy(id, errors, hint)}
        className={control}
        {...props}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Wrapper>
  );
}
