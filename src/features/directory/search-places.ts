/**
 * Places for the search read-model: the grid of quarter-degree cells listings are filed in, and
 * distances on earthdistance's sphere, as haversines while matching (no trigonometry per
 * listing) and kilometres for the rows shown.
 */

/** Grid cells of a quarter degree for radius searches. */
export const CELL_DEGREES = 0.25;
export const cellKey = (latCell: number, lonCell: number) => latCell * 4096 + lonCell;

/** earthdistance's sphere (earth()), in kilometres, so distances agree with the database's. */
export const EARTH_KM = 6378.168;
const RAD = Math.PI / 180;
/** A distance from its haversine h = sin²(d / 2R) (what the match loop keeps, see there). */
export const kilometres = (h: number) =>
  2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(Math.max(0, h))));

/** The grid cells (keys of `cells`, those that hold listings) a radius around a point may reach. */
export function cellsAround(
  cells: ReadonlyMap<number, unknown>,
  lat: number,
  lon: number,
  km: number,
): number[] {
  const dLat = km / (EARTH_KM * RAD);
  const cosLat = Math.cos(Math.min(89.9, Math.abs(lat) + dLat) * RAD);
  const dLon = cosLat < 1e-6 ? 360 : dLat / cosLat;
  const lat0 = Math.floor((lat - dLat) / CELL_DEGREES);
  const lat1 = Math.floor((lat + dLat) / CELL_DEGREES);
  const lonCells = 360 / CELL_DEGREES;
  const wide = dLon >= 180;
  const lon0 = Math.floor((lon - dLon + 180) / CELL_DEGREES);
  const lon1 = Math.floor((lon + dLon + 180) / CELL_DEGREES);
  const keys: number[] = [];
  const count = (lat1 - lat0 + 1) * (wide ? lonCells : lon1 - lon0 + 1);
  if (count > cells.size) {
    for (const key of cells.keys()) {
      const la = Math.floor(key / 4096);
      if (la < lat0 || la > lat1) continue;
      const lo = key - la * 4096;
      if (!wide && !inLonRange(lo, lon0, lon1, lonCells)) continue;
      keys.push(key);
    }
    return keys;
  }
  for (let la = lat0; la <= lat1; la++) {
    for (let lo = wide ? 0 : lon0; lo <= (wide ? lonCells - 1 : lon1); lo++) {
      const key = cellKey(la, ((lo % lonCells) + lonCells) % lonCells);
      if (cells.has(key)) keys.push(key);
    }
  }
  return keys;
}

const inLonRange = (cell: number, from: number, to: number, cells: number) => {
  for (let c = from; c <= to; c++) if (((c % cells) + cells) % cells === cell) return true;
  return false;
};

export type Origin = { sLat: number; cLat: number; sLon: number; cLon: number };
export const origin = (p: { latitude: number; longitude: number }): Origin => ({
  sLat: Math.sin(p.latitude * RAD),
  cLat: Math.cos(p.latitude * RAD),
  sLon: Math.sin(p.longitude * RAD),
  cLon: Math.cos(p.longitude * RAD),
});

/**
 * The haversine h = sin²(d / 2R) from `o` to a place given by the sines and cosines of its
 * latitude and longitude, which grows with the distance d: with cos(a − b) =
 * cos a cos b + sin a sin b and 1 − cos x = 2 sin²(x / 2) there is no trigonometry per listing
 * when those are kept (a cell's GeoList), and kilometres are worked out only for the rows shown.
 */
export function haversineOf(sLat: number, cLat: number, sLon: number, cLon: number, o: Origin) {
  const cosDLat = cLat * o.cLat + sLat * o.sLat;
  const cosDLon = cLon * o.cLon + sLon * o.sLon;
  return (1 - cosDLat + o.cLat * cLat * (1 - cosDLon)) / 2;
}

/** The same from a latitude and longitude in degrees (NaN for a listing with no place). */
export function haversine(lat: number, lon: number, o: Origin): number {
  if (Number.isNaN(lat) || Number.isNaN(lon)) return Number.NaN;
  const [a, b] = [lat * RAD, lon * RAD];
  return haversineOf(Math.sin(a), Math.cos(a), Math.sin(b), Math.cos(b), o);
}
