/** A labelled group of checkboxes sharing one name (a multi-choice field), with its error tied to the group. */
export function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  errors,
  errorId,
  columns = 1,
}: {
  legend: string;
  name: string;
  options: { value: string; label: string }[];
  checked: string[];
  errors?: string[];
  errorId?: string;
  columns?: 1 | 2;
}) {
  const id = errorId ?? `${name}-error`;
  return (
    <fieldset aria-describedby={errors?.length ? id : undefined}>
      <legend className="text-sm font-semibold">{legend}</legend>
      <div className={`mt-1 grid gap-1 ${columns === 2 ? "sm:grid-cols-2" : ""}`}>
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-2">
            <input
              type="checkbox"
              name={name}
              value={o.value}
              defaultChecked={checked.includes(o.value)}
              className="size-5"
            />
            {o.label}
          </label>
        ))}
      </div>
      {errors?.length ? (
        <p id={id} className="text-sm font-medium text-red-800">
          {errors.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
