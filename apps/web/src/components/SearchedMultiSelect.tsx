import type { ReactNode } from 'react';

export interface Choice {
  value: string;
  label: string;
}

/**
 * A search box above a multiple `<select>` that offers what matches it and keeps what is chosen (always listed, so
 * a search never drops a choice). The search is the caller's: a filter of a list it has, or an API query.
 */
export function SearchedMultiSelect({
  id,
  describedBy,
  search,
  onSearch,
  searchLabel,
  matches,
  chosen,
  onChange,
  invalid,
  onBlur,
  testId,
}: {
  /** The select's id (the field's label names it); the search box is `<id>-search`. */
  id: string;
  describedBy: string | undefined;
  search: string;
  onSearch: (search: string) => void;
  searchLabel: ReactNode;
  /** What the search finds (those already chosen may be among them). */
  matches: readonly Choice[];
  chosen: readonly Choice[];
  onChange: (chosen: Choice[]) => void;
  invalid?: boolean;
  onBlur?: () => void;
  /** The select is `<testId>`, the search box `<testId>Search`. */
  testId: string;
}) {
  const picked = new Set(chosen.map((c) => c.value));
  const shown = [...chosen, ...matches.filter((m) => !picked.has(m.value))];
  return (
    <div className="searched-select">
      <label className="searched-select__search">
        <span>{searchLabel}</span>
        <input
          id={`${id}-search`}
          type="search"
          value={search}
          onChange={(e) => onSearch(e.target.value)}
          aria-controls={id}
          data-testid={`${testId}Search`}
        />
      </label>
      <select
        id={id}
        multiple
        size={6}
        value={chosen.map((c) => c.value)}
        onChange={(e) => {
          const selected = new Set(Array.from(e.target.selectedOptions, (o) => o.value));
          onChange(shown.filter((c) => selected.has(c.value)));
        }}
        onBlur={onBlur}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        data-testid={testId}
      >
        {shown.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
