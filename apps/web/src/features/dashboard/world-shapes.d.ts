/** apps/web/world-shapes-plugin.ts: the map's shapes, projected when the app is built. */
declare module 'virtual:world-shapes' {
  export const WIDTH: number;
  export const HEIGHT: number;
  /** Path coordinates are in units of 1/PRECISION of an SVG unit. */
  export const PRECISION: number;
  export const SHAPES: ReadonlyArray<{ m49: string | null; d: string; centre: [number, number] }>;
}
