// Prints person first and last names and city names from @faker-js/faker's
// locale data (MIT), one "KIND<TAB>name" a line, for segment/internal/gen.
// Usage: node scripts/names-faker.mjs /tmp/npm/faker/package > /tmp/npm/faker-names.tsv
import path from "node:path";
import { pathToFileURL } from "node:url";

const dir = process.argv[2];
const mod = await import(pathToFileURL(path.join(dir, "dist", "index.js")).href);
const locales = ["de", "de_AT", "de_CH", "en", "en_US", "en_GB", "en_IE", "fr", "es", "it", "pl", "nl",
  "sv", "tr", "pt_BR", "pt_PT", "cs_CZ", "sk", "hr", "hu", "ro", "da", "nb_NO", "fi", "lv", "id_ID", "vi"];
const out = new Set();
function leaves(v, fn) {
  if (typeof v === "string") fn(v);
  else if (Array.isArray(v)) v.forEach((x) => leaves(x, fn));
  else if (v && typeof v === "object") Object.values(v).forEach((x) => leaves(x, fn));
}
for (const loc of locales) {
  const def = mod.allLocales[loc];
  if (!def) continue;
  const add = (kind, v) => leaves(v, (s) => { if (!s.includes("{") && !s.includes("#")) out.add(kind + "\t" + s); });
  add("FIRST", def.person?.first_name);
  add("LAST", def.person?.last_name);
  add("CITY", def.location?.city_name);
}
process.stdout.write([...out].sort().join("\n") + "\n");
