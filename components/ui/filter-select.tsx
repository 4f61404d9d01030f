/** A labelled select with an "all" first option, for GET filter forms. */
export function FilterSelect({
  label,
  name,
  value,
  allLabel,
  options,
  className,
}: {
  label: string;
  name: string;
  value?: string;
  allLabel: string;
  options: { value: string; label: string }[];
  className: string;
}) {
  return (
    <div>
      <label htmlFor={name} className="field-label">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value ?? ""} className={className}>
        <option value="">{allLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
