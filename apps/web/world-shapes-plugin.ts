import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';

/** The module the dashboard's map imports: its shapes, projected when the app is built. */
export const WORLD_SHAPES_ID = 'virtual:world-shapes';
const RESOLVED = `\0${WORLD_SHAPES_ID}`;

/** The map's drawing area, in SVG units (the page scales it to its width). */
export const MAP_WIDTH = 960;
export const MAP_HEIGHT = 470;
/** Path coordinates are whole multiples of 1/PRECISION of an SVG unit (half a unit: finer than the screen shows). */
export const MAP_PRECISION = 2;
const ANTARCTICA = '010';

export interface WorldShape {
  /** The atlas's M49 code ("004"); null for shapes it gives none (e.g. Kosovo, Somaliland). */
  m49: string | null;
  /** The SVG path, in units of 1/MAP_PRECISION. */
  d: string;
  /** Where a tooltip goes when the shape is reached by keyboard (SVG units). */
  centre: [number, number];
}

const m49Key = (id: string | number | undefined): string | null =>
  id === undefined || !/^\d{1,3}$/.test(String(id).trim()) ? null : String(id).trim().padStart(3, '0');

/**
 * Natural Earth's 1:110m countries (world-atlas), Equal Earth projection (areas true to size, so large States do
 * not look needier than they are), Antarctica left out, projected once here rather than in every browser: the
 * dashboard then downloads ≈ 16 kB of paths instead of the atlas and d3-geo (≈ 41 kB brotli).
 */
export function projectWorld(): WorldShape[] {
  const require = createRequire(import.meta.url);
  const world = JSON.parse(readFileSync(require.resolve('world-atlas/countries-110m.json'), 'utf8')) as Topology<{
    countries: GeometryCollection;
  }>;
  const countries = feature(world, world.objects.countries) as FeatureCollection<Geometry>;
  countries.features = countries.features.filter((f) => m49Key(f.id) !== ANTARCTICA);
  const projection = geoEqualEarth().fitExtent(
    [
      [4 * MAP_PRECISION, 4 * MAP_PRECISION],
      [(MAP_WIDTH - 4) * MAP_PRECISION, (MAP_HEIGHT - 4) * MAP_PRECISION],
    ],
    countries,
  );
  const path = geoPath(projection).digits(0);
  return countries.features.map((f) => {
    const [x, y] = path.centroid(f);
    return {
      m49: m49Key(f.id),
      d: path(f) ?? '',
      centre: [Math.round(x / MAP_PRECISION), Math.round(y / MAP_PRECISION)],
    };
  });
}

export function worldShapes(): Plugin {
  let source: string | null = null;
  return {
    name: 'ta-world-shapes',
    resolveId: (id) => (id === WORLD_SHAPES_ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      source ??= [
        `export const WIDTH = ${MAP_WIDTH};`,
        `export const HEIGHT = ${MAP_HEIGHT};`,
        `export const PRECISION = ${MAP_PRECISION};`,
        `export const SHAPES = ${JSON.stringify(projectWorld())};`,
      ].join('\n');
      return source;
    },
  };
}
