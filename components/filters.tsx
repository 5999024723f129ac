import { useState } from 'preact/hooks';

/** A filter's state where an empty choice ('', false, undefined) means "no filter" and is dropped. */
export function useFilter<F extends object>(): [F, (change: Partial<F>) => void] {
  const [filter, setFilter] = useState<F>({} as F);
  const set = (change: Partial<F>) => {
    const next: Record<string, unknown> = { ...filter, ...change };
    for (const key of Object.keys(next)) {
      if (next[key] === undefined || next[key] === '' || next[key] === false) delete next[key];
    }
    setFilter(next as F);
  };
  return [filter, set];
}

export interface FilterSelectProps {
  readonly label: string;
  readonly value: string | undefined;
  /** The label of the empty choice (no filter). */
  readonly any?: string;
  readonly options: readonly (string | { readonly value: string; readonly label: string })[];
  readonly onChange: (value: string | undefined) => void;
  readonly testId?: string;
}

/** One filter as a labelled select whose first choice is "any". */
export function FilterSelect({
  label,
  value,
  any = 'Any',
  options,
  onChange,
  testId,
}: FilterSelectProps) {
  return (
    <label>
      {label}
      <select
        data-testid={testId}
        value={value ?? ''}
        onChange={(e) => onChange(e.currentTarget.value || undefined)}
      >
        <option value="">{any}</option>
        {options.map((option) => {
          const { value: v, label: text } =
            typeof option === 'string' ? { value: option, label: option } : option;
          return (
            <option key={v} value={v}>
              {text}
            </option>
          );
        })}
      </select>
    </label>
  );
}
