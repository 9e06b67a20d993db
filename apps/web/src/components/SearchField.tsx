import { useDebouncedSearch } from '../use-debounced-search';

interface SearchFieldProps {
  id: string;
  label: string;
  placeholder: string;
  testId: string;
  /** The search the list applies now. */
  applied: string;
  /** Called once typing pauses, or on Enter. */
  onSearch: (value: string) => void;
}

/** The free-text field of a filter bar: sent when the typing pauses, not on every key. */
export function SearchField({ id, label, placeholder, testId, applied, onSearch }: SearchFieldProps) {
  const search = useDebouncedSearch(applied, onSearch);
  return (
    <div className="field field--wide">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="search"
        value={search.value}
        placeholder={placeholder}
        onChange={(e) => search.set(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && search.flush()}
        data-testid={testId}
      />
    </div>
  );
}
