// Projects Natural Earth's country boundaries (public domain, via the world-atlas package) once into the SVG
// path data the site draws its map of Europe from: src/GoodPractices.Web/Maps/europe-map.json.
// Run again only to change the projection, the frame or the countries: `npm install && npm run project`.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { geoAzimuthalEqualArea, geoPath, geoArea, geoCentroid } from "d3-geo";
import { feature } from "topojson-client";

const width = 800;
const height = 620;

// ISO 3166-1 numeric (world-atlas ids) to the alpha-2 codes the taxonomy uses, for Europe and the countries
// whose coasts frame it. Kosovo has no numeric code in Natural Earth; it is matched by name.
const alpha2 = {
  "008": "AL", "020": "AD", "040": "AT", "056": "BE", "070": "BA", "100": "BG", "112": "BY", "191": "HR",
  "196": "CY", "203": "CZ", "208": "DK", "233": "EE", "246": "FI", "250": "FR", "276": "DE", "300": "GR",
  "348": "HU", "352": "IS", "372": "IE", "380": "IT", "428": "LV", "438": "LI", "440": "LT", "442": "LU",
  "470": "MT", "492": "MC", "498": "MD", "499": "ME", "528": "NL", "807": "MK", "578": "NO", "616": "PL",
  "620": "PT", "642": "RO", "643": "RU", "674": "SM", "688": "RS", "703": "SK", "705": "SI", "724": "ES",
  "752": "SE", "756": "CH", "792": "TR", "804": "UA", "826": "GB", "336": "VA", "268": "GE", "051": "AM",
  "031": "AZ", "012": "DZ", "504": "MA", "788": "TN", "434": "LY", "818": "EG", "760": "SY", "368": "IQ",
  "364": "IR", "398": "KZ", "422": "LB", "376": "IL", "400": "JO", "304": "GL", "234": "FO",
};

const atlasPath = fileURLToPath(new URL("node_modules/world-atlas/countries-50m.json", import.meta.url));
const atlas = JSON.parse(readFileSync(atlasPath, "utf8"));
const countries = feature(atlas, atlas.objects.countries).features
  .map((f) => ({ ...f, code: f.properties.name === "Kosovo" ? "XK" : alpha2[f.id] }))
  .filter((f) => f.code);

// Lambert azimuthal equal-area centred on Europe, as the EU's own statistical maps (ETRS89-LAEA) use:
// areas compare fairly, which a choropleth needs.
const projection = geoAzimuthalEqualArea().rotate([-12, -52]);
const frame = { type: "MultiPoint", coordinates: [[-22, 35], [40, 34.5], [-9, 69], [36, 69], [12, 70]] };
projection.fitExtent([[4, 4], [width - 4, height - 4]], frame).clipExtent([[0, 0], [width, height]]);

// Points closer than a pixel and a half add bytes, not shape, at the size the map is shown; whole pixels and
// relative moves keep the page light (the paths are part of the home page's HTML).
const path = geoPath(projection);
function compact(d) {
  let out = "";
  for (const ring of d.match(/M[^M]*/g) ?? []) {
    const points = ring.slice(1).replace(/Z$/, "").split("L").map((p) => p.split(",").map((v) => Math.round(Number(v))));
    const kept = [points[0]];
    for (const p of points.slice(1)) {
      const last = kept[kept.length - 1];
      if (Math.hypot(p[0] - last[0], p[1] - last[1]) >= 1.5) kept.push(p);
    }
    if (kept.length < 3) continue;
    out += `M${kept[0][0]} ${kept[0][1]}l` + kept.slice(1).map((p, i) => `${p[0] - kept[i][0]} ${p[1] - kept[i][1]}`).join(" ") + "z";
  }
  return out.replace(/ -/g, "-");
}

const shapes = [];
for (const country of countries) {
  const d = path(country);
  if (!d) continue;
  const [[x0, y0], [x1, y1]] = path.bounds(country);
  if (x1 < 0 || y1 < 0 || x0 > width || y0 > height) continue;
  const compacted = compact(d);
  const [cx, cy] = projection(geoCentroid(country));
  // Countries too small to point at (Malta, Luxembourg, Andorra...) also get a dot a finger can find.
  const small = Math.max(x1 - x0, y1 - y0) < 9;
  shapes.push({
    code: country.code,
    path: compacted || d,
    x: Math.round(cx * 10) / 10,
    y: Math.round(cy * 10) / 10,
    small,
    area: geoArea(country),
  });
}
shapes.sort((a, b) => b.area - a.area || a.code.localeCompare(b.code));

const out = {
  source: "Natural Earth 1:50m admin 0 countries (public domain), from the world-atlas package; projected by tools/map/project.mjs",
  width,
  height,
  countries: shapes.map(({ area, ...shape }) => shape),
};
const target = fileURLToPath(new URL("../../src/GoodPractices.Web/Maps/europe-map.json", import.meta.url));
writeFileSync(target, JSON.stringify(out, null, 0).replace(/\},\{/g, "},\n{") + "\n");
console.log(`${shapes.length} countries, ${JSON.stringify(out).length} characters -> ${target}`);

// The name of a country shows on hover and focus in a layer drawn above every country, so no neighbour covers
// it. SVG has no z-index and the site allows no inline style, so each country gets its rule here.
const rules = shapes.map(({ code }) =>
  `.europe-map:has(a[data-country="${code}"]:is(:hover, :focus-visible)) .map-label[data-country="${code}"]`);
const css = "/* Written by tools/map/project.mjs: the name of the country under the pointer or the keyboard focus. */\n" +
  rules.join(",\n") + " {\n  visibility: visible;\n}\n";
const cssTarget = fileURLToPath(new URL("../../src/GoodPractices.Web/wwwroot/css/europe-map.css", import.meta.url));
writeFileSync(cssTarget, css);
