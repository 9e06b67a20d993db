import { useQuery } from '../../graphql/hooks';
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HEIGHT, PRECISION, SHAPES, WIDTH } from 'virtual:world-shapes';
import { navigate, pathOf } from '../../app/router';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { apiLanguage } from '../../i18n';
import { mapCyclesQuery, needsMapQuery, reportingMapQuery, treatyMapQuery } from './dashboard.graphql';
import {
  MAP_INSTRUMENTS,
  NEED_STEPS,
  NOT_A_STATE_COLOR,
  REPORTING_STEPS,
  reportingStandings,
  statesByM49,
  stepOf,
  stepRange,
  treatyStandings,
  TREATY_STEPS,
  type MapInstrument,
  type MapState,
} from './needs-scale';

// The shapes (Natural Earth's 1:110m countries, Equal Earth projection, Antarctica left out) are projected when
// the app is built (apps/web/world-shapes-plugin.ts): the browser downloads paths, not the atlas and d3-geo.

/** What the map is coloured by: open requests, the standing under an instrument, or who reported in a cycle. */
type Layer = 'needs' | MapInstrument | `cycle:${string}`;

interface Hover {
  state: MapState;
  x: number;
  y: number;
}

/**
 * The world map of needs: each State coloured by its open requests (or, chosen above it, by its standing under
 * one of the instruments: party, signatory, neither; or by whether it has reported in a reporting cycle), named in the reader's language on hover or focus, and
 * leading to its profile. Loaded on demand with its shapes and its data; not for donors (the API
 * does not count requests by State for them).
 */
/**
 * `tabindex="-1"` on an SVG element. Written in lower case: Preact sets SVG props as attributes by their name, and
 * SVG attribute names are case-sensitive, so `tabIndex` would be an unknown attribute and every State a tab stop.
 */
const NOT_A_TAB_STOP: Record<string, number> = { tabindex: -1 };

export function NeedsMap() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const number = new Intl.NumberFormat(lang);
  const { data, previousData, error, refetch } = useQuery(needsMapQuery, { variables: { lang: apiLanguage(lang) } });
  const source = data ?? previousData;
  const byM49 = useMemo(() => (source ? statesByM49(source.states, source.requestCounts) : null), [source]);
  const [hover, setHover] = useState<Hover | null>(null);
  const [picked, setPicked] = useState('');
  const [layer, setLayer] = useState<Layer>('needs');
  const cycleId = layer.startsWith('cycle:') ? layer.slice('cycle:'.length) : null;
  const instrument = layer !== 'needs' && !cycleId ? (layer as MapInstrument) : null;
  const treaties = useQuery(treatyMapQuery, { skip: !instrument });
  const treatySource = treaties.data ?? treaties.previousData;
  const standings = useMemo(
    () => (instrument && treatySource ? treatyStandings(treatySource.states, instrument) : null),
    [instrument, treatySource],
  );
  const cycles = useQuery(mapCyclesQuery).data?.reportingCycles ?? [];
  const cycleName = cycles.find((c) => c.id === cycleId)?.name ?? '';
  const reporting = useQuery(reportingMapQuery, { variables: { id: cycleId ?? '' }, skip: !cycleId });
  const reportingCycle = reporting.data?.reportingCycle;
  const reported = useMemo(
    () => (cycleId && reportingCycle?.id === cycleId ? reportingStandings(reportingCycle.reportedByState) : null),
    [cycleId, reportingCycle],
  );
  // The keyboard's way in: the States with open requests, by name, in one list beside the map.
  const listed = useMemo(
    () =>
      byM49
        ? [...new Map([...byM49.values()].filter((s) => s.count > 0).map((s) => [s.iso3, s])).values()].sort((a, b) =>
            a.name.localeCompare(b.name, lang),
          )
        : [],
    [byM49, lang],
  );

  if (error && !source) return <LoadError error={error} onRetry={() => void refetch()} />;
  if (!byM49) return <Loading testId="map-loading" />;

  const describe = (state: MapState): string => {
    const standing = standings?.byIso3.get(state.iso3);
    const status = reported?.byIso3.get(state.iso3);
    if (status) return t(`dashboard.reportingStanding.${status}`, { name: state.name, cycle: cycleName });
    return standing
      ? t(`dashboard.treatyStanding.${standing}`, {
          name: state.name,
          instrument: t(`authorities.instruments.${instrument ?? 'UNTOC'}`),
        })
      : t('dashboard.mapStateCount', { name: state.name, count: state.count });
  };
  // The legend of a layer of categories (treaty standing, or who has reported): one swatch and count each.
  const categories = reported
    ? REPORTING_STEPS.map(({ status, color }) => ({
        testId: 'legend-reporting',
        key: status,
        color,
        count: reported.counts[status],
        label: t(`dashboard.reportingLegend.${status}`, { count: reported.counts[status] }),
      }))
    : standings
      ? TREATY_STEPS.map(({ standing, color }) => ({
          testId: 'legend-treaty',
          key: standing,
          color,
          count: standings.counts[standing],
          label: t(`dashboard.treatyLegend.${standing}`, { count: standings.counts[standing] }),
        }))
      : [];
  const place = (event: MouseEvent<Element>, state: MapState): void => {
    const box = event.currentTarget.closest('svg')?.getBoundingClientRect();
    if (!box) return;
    setHover({
      state,
      x: ((event.clientX - box.left) / box.width) * 100,
      y: ((event.clientY - box.top) / box.height) * 100,
    });
  };
  const open = (event: MouseEvent | KeyboardEvent, state: MapState): void => {
    if ('button' in event && (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey))
      return;
    event.preventDefault();
    navigate(pathOf({ page: 'state', iso3: state.iso3 }));
  };

  return (
    <figure className="needs-map" data-testid="needs-map">
      <figcaption>
        {instrument
          ? t('dashboard.treatyMapTitle', { instrument: t(`authorities.instruments.${instrument}`) })
          : cycleId
            ? t('dashboard.reportingMapTitle', { cycle: cycleName })
            : t('dashboard.mapTitle')}
      </figcaption>
      <div className="field needs-map__layer">
        <label htmlFor="map-layer">{t('dashboard.mapLayer')}</label>
        <select
          id="map-layer"
          value={layer}
          onChange={(event) => setLayer(event.target.value as Layer)}
          data-testid="map-layer"
        >
          <option value="needs">{t('dashboard.layerNeeds')}</option>
          {MAP_INSTRUMENTS.map((code) => (
            <option key={code} value={code}>
              {t('dashboard.layerTreaty', { instrument: t(`authorities.instruments.${code}`) })}
            </option>
          ))}
          {cycles.map((cycle) => (
            <option key={cycle.id} value={`cycle:${cycle.id}`}>
              {t('dashboard.layerReporting', { cycle: cycle.name })}
            </option>
          ))}
        </select>
      </div>
      {treaties.error && instrument && <LoadError error={treaties.error} onRetry={() => void treaties.refetch()} />}
      {reporting.error && cycleId && <LoadError error={reporting.error} onRetry={() => void reporting.refetch()} />}
      <div className="needs-map__canvas" onMouseLeave={() => setHover(null)}>
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="group"
          aria-label={t('dashboard.mapLabel')}
          data-testid="needs-map-svg"
          className="needs-map__svg"
        >
          <g transform={`scale(${1 / PRECISION})`}>
            {SHAPES.map((shape, index) => {
              const state = shape.m49 ? byM49.get(shape.m49) : undefined;
              if (!state) {
                return (
                  <path
                    key={`x${index}`}
                    d={shape.d}
                    fill={NOT_A_STATE_COLOR}
                    className="needs-map__other"
                    data-testid="map-other"
                    aria-hidden="true"
                  />
                );
              }
              const step = stepOf(state.count);
              const standing = standings?.byIso3.get(state.iso3) ?? null;
              const status = reported?.byIso3.get(state.iso3) ?? null;
              const fill = status
                ? REPORTING_STEPS.find((s) => s.status === status)?.color
                : standing
                  ? TREATY_STEPS.find((s) => s.standing === standing)?.color
                  : NEED_STEPS[step]?.color;
              return (
                <a
                  key={state.iso3}
                  href={pathOf({ page: 'state', iso3: state.iso3 })}
                  aria-label={describe(state)}
                  // Reached by pointer; the keyboard uses the list of States below (one tab stop, not one per State).
                  {...NOT_A_TAB_STOP}
                  onClick={(event) => open(event, state)}
                  onMouseMove={(event) => place(event, state)}
                  onFocus={() =>
                    setHover({ state, x: (shape.centre[0] / WIDTH) * 100, y: (shape.centre[1] / HEIGHT) * 100 })
                  }
                  onBlur={() => setHover(null)}
                >
                  <path
                    d={shape.d}
                    fill={fill}
                    className="needs-map__state"
                    data-testid="map-state"
                    data-iso3={state.iso3}
                    data-m49={shape.m49}
                    data-count={state.count}
                    data-step={step}
                    data-treaty={standing ?? undefined}
                    data-reporting={status ?? undefined}
                  >
                    <title>{describe(state)}</title>
                  </path>
                </a>
              );
            })}
          </g>
        </svg>
        {hover && (
          <div
            className="needs-map__tooltip"
            // The shape's own label says the same to assistive technology.
            aria-hidden="true"
            data-testid="map-tooltip"
            data-iso3={hover.state.iso3}
            data-count={hover.state.count}
            style={{ left: `${hover.x}%`, top: `${hover.y}%` }}
          >
            <strong data-testid="map-tooltip-name">{hover.state.name}</strong>
            <span data-testid="map-tooltip-count">
              {reported
                ? t(`checklists.statuses.${reported.byIso3.get(hover.state.iso3) ?? 'NOT_STARTED'}`)
                : standings
                  ? t(`dashboard.treatyStandingShort.${standings.byIso3.get(hover.state.iso3) ?? 'NONE'}`)
                  : t('dashboard.openRequestsCount', { count: hover.state.count })}
            </span>
          </div>
        )}
      </div>
      <ul className="needs-map__legend" aria-label={t('dashboard.legend')} data-testid="map-legend">
        {categories.map((item) => (
          <li
            key={item.key}
            data-testid={item.testId}
            data-standing={item.testId === 'legend-treaty' ? item.key : undefined}
            data-status={item.testId === 'legend-reporting' ? item.key : undefined}
            data-count={item.count}
          >
            <span className="needs-map__swatch" style={{ background: item.color }} aria-hidden="true" />
            {item.label}
          </li>
        ))}
        {(standings || reported ? [] : NEED_STEPS).map((step, index) => (
          <li key={step.from} data-testid="legend-step" data-step={index} data-color={step.color}>
            <span className="needs-map__swatch" style={{ background: step.color }} aria-hidden="true" />
            {stepRange(index, (n) => number.format(n))}
          </li>
        ))}
        <li data-testid="legend-other">
          <span className="needs-map__swatch" style={{ background: NOT_A_STATE_COLOR }} aria-hidden="true" />
          {t('dashboard.notAState')}
        </li>
      </ul>
      <form
        className="needs-map__pick"
        onSubmit={(event) => {
          event.preventDefault();
          if (picked) navigate(pathOf({ page: 'state', iso3: picked }));
        }}
        data-testid="map-pick"
      >
        <label htmlFor="map-pick-state">{t('dashboard.mapPick')}</label>
        <select
          id="map-pick-state"
          value={picked}
          onChange={(event) => setPicked(event.target.value)}
          data-testid="map-pick-state"
        >
          <option value="">{t('dashboard.mapPickPlaceholder')}</option>
          {listed.map((state) => (
            <option key={state.iso3} value={state.iso3}>
              {describe(state)}
            </option>
          ))}
        </select>
        <button type="submit" className="button button--secondary" disabled={!picked} data-testid="map-pick-open">
          {t('dashboard.mapPickOpen')}
        </button>
      </form>
      <p className="needs-map__hint">
        <span className="needs-map__hint--pointer">{t('dashboard.mapHint')}</span>
        <span className="needs-map__hint--touch">{t('dashboard.mapHintTouch')}</span>
      </p>
    </figure>
  );
}
