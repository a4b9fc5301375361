// Converts Natural Earth country boundaries, as packaged in the npm package world-atlas (TopoJSON), into the compact
// text resource the map command reads. Plain Node.js, no packages. Run by regenerate.sh, which fetches and checks
// the package; see README.md beside this file for the format and the choices made.
//
// Usage: node convert.js PACKAGE_DIR COUNTRIES_JSON OUTPUT
'use strict';
const fs = require('fs');

const [packageDir, countriesJson, output] = process.argv.slice(2);
if (!output) {
  console.error('usage: node convert.js PACKAGE_DIR COUNTRIES_JSON OUTPUT');
  process.exit(2);
}

/** Units per degree of the integers written: hundredths of a degree (about 1 km), far finer than 1:110m needs. */
const UNITS = 100;

/**
 * Natural Earth features without an ISO 3166-1 code, drawn as territories that are not states in the data. Kosovo
 * was part of Serbia and Montenegro (and so of Yugoslavia) while those states existed: the map draws it with them
 * on those days.
 */
const PART_OF_WHILE_IT_EXISTED = { Kosovo: 'SCG' };

/** Natural Earth features left out of the map: Antarctica (no state; the map stops at 60 degrees south). */
const LEFT_OUT = new Set(['010']);

const data = JSON.parse(fs.readFileSync(countriesJson, 'utf8')).countries;
const byNumeric = new Map(data.map(c => [c.numeric, c]));

function read(scale) {
  return JSON.parse(fs.readFileSync(`${packageDir}/countries-${scale}.json`, 'utf8'));
}

/** The arcs of a topology decoded to [lon, lat] points (TopoJSON's quantized delta encoding). */
function decodeArcs(topology) {
  const [sx, sy] = topology.transform.scale;
  const [tx, ty] = topology.transform.translate;
  return topology.arcs.map(arc => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => {
      x += dx;
      y += dy;
      return [x * sx + tx, y * sy + ty];
    });
  });
}

/** The rings of a geometry, each a list of [lon, lat] points, first and last equal. */
function rings(geometry, arcs) {
  const ring = indexes => {
    const points = [];
    for (const i of indexes) {
      const arc = i >= 0 ? arcs[i] : arcs[~i].slice().reverse();
      points.push(...(points.length === 0 ? arc : arc.slice(1)));
    }
    return points;
  };
  const polygons = geometry.type === 'Polygon' ? [geometry.arcs]
      : geometry.type === 'MultiPolygon' ? geometry.arcs : [];
  return polygons.flat().map(ring);
}

/** The area (square degrees, shrunk by the cosine of the latitude) and centroid of a ring. */
function measure(ring) {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  if (area === 0) {
    return { area: 0, point: ring[0] };
  }
  const point = [cx / (3 * area), cy / (3 * area)];
  return { area: Math.abs(area / 2) * Math.cos(point[1] * Math.PI / 180), point };
}

/** A ring as integers: the first point, then the differences; repeated points dropped; null if it collapses. */
function encode(ring) {
  const q = ring.map(([x, y]) => [Math.round(x * UNITS), Math.round(y * UNITS)]);
  const kept = [];
  for (const p of q) {
    const last = kept[kept.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) {
      kept.push(p);
    }
  }
  if (kept.length > 1 && kept[0][0] === kept[kept.length - 1][0] && kept[0][1] === kept[kept.length - 1][1]) {
    kept.pop(); // the ring closes itself
  }
  if (kept.length < 3) {
    return null;
  }
  const out = [kept[0][0], kept[0][1]];
  for (let i = 1; i < kept.length; i++) {
    out.push(kept[i][0] - kept[i - 1][0], kept[i][1] - kept[i - 1][1]);
  }
  return out.join(' ');
}

function point(p) {
  return `${Math.round(p[0] * UNITS)} ${Math.round(p[1] * UNITS)}`;
}

const small = read('110m');
const smallArcs = decodeArcs(small);
const fallbacks = ['50m', '10m'].map(scale => {
  const t = read(scale);
  return { scale, topology: t, arcs: decodeArcs(t) };
});

const lines = [];
const drawn = new Set();
const problems = [];
for (const g of small.objects.countries.geometries) {
  if (LEFT_OUT.has(g.id)) {
    continue;
  }
  const encoded = rings(g, smallArcs).map(encode).filter(r => r !== null);
  if (encoded.length === 0) {
    problems.push(`no ring left of ${g.properties.name}`);
    continue;
  }
  const country = g.id === undefined ? undefined : byNumeric.get(g.id);
  if (country) {
    lines.push(`S ${country.alpha3}`);
    drawn.add(country.alpha3);
  } else {
    const part = PART_OF_WHILE_IT_EXISTED[g.properties.name] || '-';
    lines.push(`T ${part} ${g.properties.name}`);
  }
  encoded.forEach(r => lines.push(`R ${r}`));
}

// States with no shape at 1:110m: a point, the centroid of their largest island at the next scale that has them.
const points = [];
for (const country of data) {
  if (drawn.has(country.alpha3) || country.ended) {
    continue; // historical states are drawn on the territory of their successors
  }
  let found = null;
  for (const f of fallbacks) {
    const g = f.topology.objects.countries.geometries.find(x => x.id === country.numeric);
    if (g) {
      const largest = rings(g, f.arcs).map(measure).sort((a, b) => b.area - a.area)[0];
      found = { scale: f.scale, point: largest.point };
      break;
    }
  }
  if (!found) {
    problems.push(`no shape or point for ${country.alpha3} ${country.name} (numeric ${country.numeric})`);
    continue;
  }
  points.push(`P ${country.alpha3} ${point(found.point)} ${found.scale}`);
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}

const header = [
  '# Country boundaries for the map command of multilateral. Generated by examples/map/regenerate.sh: do not edit.',
  '# Source: Natural Earth Admin 0 countries, version 4.1.0, 1:110m (points for small states from 1:50m or 1:10m),',
  '# public domain, as packaged in the npm package world-atlas 2.0.2 (ISC licence).',
  `# Units: 1/${UNITS} degree. S CODE: a state (ISO 3166-1 alpha-3), then its rings. R: a ring, the first point`,
  '# (lon lat) then the differences to each next point. T PART NAME: a territory that is not a state in the data,',
  '# then its rings; PART is the state it is drawn with while that state existed, or -. P CODE LON LAT SCALE: a',
  '# state too small for 1:110m, drawn as a dot at the centroid of its largest island at SCALE.',
];
fs.writeFileSync(output, header.concat(lines, points).join('\n') + '\n');
console.log(`wrote ${output}: ${drawn.size} states with shapes, ${points.length} as points, `
    + `${fs.statSync(output).size} bytes`);
