// The map view of the directory and the small map on a group page. Loaded only on pages that
// show a map; every page that has one also shows the same places as text.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';

import type { MapPoint as Point } from '../features/directory/queries.js';

const COLORS = { support: '#21653a', therapy: '#5b3c8c' };

function baseMap(element: HTMLElement): L.Map {
  const map = L.map(element, { scrollWheelZoom: false });
  L.tileLayer(element.dataset.tiles ?? '', {
    attribution: element.dataset.attribution ?? '',
    maxZoom: 18,
  }).addTo(map);
  return map;
}

function marker(p: Point): L.CircleMarker {
  const m = L.circleMarker([p.latitude, p.longitude], {
    radius: 9,
    color: '#ffffff',
    weight: 2,
    fillColor: COLORS[p.kind],
    fillOpacity: 0.95,
  });
  const link = document.createElement('a');
  link.href = `/groups/${p.slug}`;
  link.textContent = p.name;
  const popup = document.createElement('div');
  popup.append(link);
  if (p.approximate) popup.append(document.createElement('br'), approximateLabel);
  return m.bindPopup(popup);
}

/** Set from the results map's data attributes (the page's language). */
let approximateLabel = '';

async function resultsMap(element: HTMLElement) {
  // markercluster is a classic plugin that extends the global L.
  (window as unknown as { L: typeof L }).L = L;
  await import('leaflet.markercluster');
  const map = baseMap(element);
  const words = element.dataset;
  approximateLabel = words.approximateLabel ?? '';
  const status = document.getElementById('map-status');
  const res = await fetch(element.dataset.points ?? '', {
    headers: { accept: 'application/json' },
  });
  if (!res.ok) {
    if (status) status.textContent = words.failed ?? '';
    return;
  }
  const { points } = (await res.json()) as { points: Point[] };
  const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50 });
  for (const p of points) cluster.addLayer(marker(p));
  map.addLayer(cluster);
  if (points.length > 0) map.fitBounds(cluster.getBounds(), { padding: [24, 24], maxZoom: 13 });
  else map.setView([39.8, -98.6], 4);
  if (status) {
    // The words come from the page, in its language.
    status.textContent =
      points.length === 0
        ? (words.empty ?? '')
        : points.length === 1
          ? (words.onePlace ?? '')
          : (words.places ?? '').replace('{n}', String(points.length));
  }
}

function groupMap(element: HTMLElement) {
  const lat = Number(element.dataset.lat);
  const lon = Number(element.dataset.lon);
  const map = baseMap(element);
  map.setView([lat, lon], element.dataset.approximate === 'true' ? 12 : 15);
  L.circleMarker([lat, lon], {
    radius: 10,
    color: '#ffffff',
    weight: 2,
    fillColor: '#0b5f6b',
    fillOpacity: 0.95,
  }).addTo(map);
}

for (const element of document.querySelectorAll<HTMLElement>('[data-map]')) {
  element.hidden = false;
  if (element.dataset.map === 'results') void resultsMap(element);
  else groupMap(element);
}
