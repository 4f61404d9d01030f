import { buttonClass } from "./button";

type Option = { value: string; label: string };

/**
 * One labelled select in a plain GET form, with a button to open the choice: the choice lives in the URL
 * (bookmarkable, and it works without JavaScript).
 */
export function ChoiceForm({
  label,
  name,
  value,
  options,
  submitLabel,
}: {
  label: string;
  name: string;
  value?: string;
  options: Option[];
  submitLabel: string;
}) {
  const id = `choice-${name}`;
  return (
    <form method="get" className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        <select
          id={id}
          name={name}
          defaultValue={value}
          className="min-h-11 rounded-md border border-slate-500 bg-white px-3"
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        {submitLabel}
      </button>
    </form>
  );
}
