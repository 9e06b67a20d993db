import { useTranslation } from 'react-i18next';

/**
 * The `<option>`s of a State picker where the user acts (logs, edits or raises a request): every State when
 * `actable` is null (the secretariat); else the user's own States first, then the others disabled, under a
 * heading that says why (a field office logs only for the States it covers — the API's `me.actableStates`).
 */
export function StateOptions({
  states,
  actable,
}: {
  states: ReadonlyArray<{ iso3: string; name: string }>;
  actable: readonly string[] | null;
}) {
  const { t } = useTranslation();
  if (actable === null) {
    return states.map((state) => (
      <option key={state.iso3} value={state.iso3}>
        {state.name}
      </option>
    ));
  }
  const own = new Set(actable);
  const others = states.filter((state) => !own.has(state.iso3));
  return (
    <>
      <optgroup label={t('form.statesYours')} data-testid="form-states-yours">
        {states
          .filter((state) => own.has(state.iso3))
          .map((state) => (
            <option key={state.iso3} value={state.iso3}>
              {state.name}
            </option>
          ))}
      </optgroup>
      {others.length > 0 && (
        <optgroup label={t('form.statesNotYours')} data-testid="form-states-others">
          {others.map((state) => (
            <option key={state.iso3} value={state.iso3} disabled>
              {state.name}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}
