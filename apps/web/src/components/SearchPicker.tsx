import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '../use-debounced-search';
import { FormField } from './FormField';

/** One item a picker offers: its id and what the list says of it. */
export interface PickerChoice {
  id: string;
  label: string;
}

/** One page of what a search found, with the cursor of the next. */
export interface PickerPage<C extends PickerChoice> {
  choices: readonly C[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Asks for one page of choices (a hook: it runs a paged query with the search and the cursor). */
export type UsePickerPage<C extends PickerChoice> = (search: string, after: string | null) => PickerPage<C> | undefined;

interface SearchPickerProps<C extends PickerChoice> {
  id: string;
  /** The API input's field the choice fills (its error is `error-<name>`). */
  name: string;
  label: string;
  searchLabel: string;
  searchHint: string;
  error?: string;
  required?: boolean;
  /** `<testId>` the list, `<testId>-search` the words, `<testId>-more` the next page. */
  testId: string;
  value: C | null;
  onChange: (choice: C | null) => void;
  onBlur: () => void;
  usePage: UsePickerPage<C>;
  /** Said when nothing matches the words (or there is nothing to choose). */
  emptyText: string;
  autoFocus?: boolean;
}

/**
 * Search as you type, then choose: the words are sent once the typing pauses, the list shows the first page of
 * what matches and "Show more" adds the next (no cap). What is chosen stays chosen while the words change.
 */
export function SearchPicker<C extends PickerChoice>(props: SearchPickerProps<C>) {
  const [applied, setApplied] = useState('');
  const search = useDebouncedSearch(applied, setApplied);
  return (
    <>
      <FormField
        id={`${props.id}-search`}
        label={props.searchLabel}
        name={`${props.name}Search`}
        hint={props.searchHint}
      >
        {(describedBy) => (
          <input
            id={`${props.id}-search`}
            type="search"
            value={search.value}
            onChange={(e) => search.set(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                search.flush();
              }
            }}
            aria-describedby={describedBy}
            autoFocus={props.autoFocus}
            data-testid={`${props.testId}-search`}
          />
        )}
      </FormField>
      {/* A new search is a new list: its pages start again. */}
      <PickerList key={applied} {...props} search={applied.trim()} />
    </>
  );
}

function PickerList<C extends PickerChoice>({
  id,
  name,
  label,
  error,
  required,
  testId,
  value,
  onChange,
  onBlur,
  usePage,
  emptyText,
  search,
}: SearchPickerProps<C> & { search: string }) {
  const { t } = useTranslation();
  const [after, setAfter] = useState<string | null>(null);
  const [kept, setKept] = useState<readonly C[]>([]);
  const page = usePage(search, after);
  const found = [...kept, ...(page?.choices ?? []).filter((c) => !kept.some((k) => k.id === c.id))];
  // The choice stays on offer (e.g. found by other words, or preset) so the list shows it.
  const choices = value && !found.some((c) => c.id === value.id) ? [value, ...found] : found;
  const more = page?.hasNextPage && page.endCursor ? page.endCursor : null;
  const hint =
    page && page.totalCount === 0
      ? emptyText
      : page && page.totalCount > found.length
        ? t('picker.shown', { shown: found.length, total: page.totalCount })
        : undefined;
  return (
    <FormField id={id} label={label} error={error} name={name} required={required} className="field--full" hint={hint}>
      {(describedBy) => (
        <div className="picker">
          <select
            id={id}
            value={value?.id ?? ''}
            onChange={(e) => onChange(choices.find((c) => c.id === e.target.value) ?? null)}
            onBlur={onBlur}
            aria-invalid={Boolean(error)}
            aria-describedby={describedBy}
            required={required}
            data-testid={testId}
            data-count={found.length}
          >
            <option value="">{t('form.choose')}</option>
            {choices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
          {more && (
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => {
                setKept(found);
                setAfter(more);
              }}
              data-testid={`${testId}-more`}
            >
              {t('picker.more')}
            </button>
          )}
        </div>
      )}
    </FormField>
  );
}
