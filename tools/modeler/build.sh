#!/bin/sh
# Refreshes the bpmn.io files the portal serves (src/main/resources/static/vendor/bpmn-io) and the bpmnlint script the
# server runs (src/main/resources/bpmnlint). Run by a developer after changing a version here; the output is
# committed, so neither the Maven build nor CI needs Node for the application (CI's bpmnlint is tools/bpmnlint).
set -eu
cd "$(dirname "$0")"
CAMUNDA_BPMN_JS=5.35.0   # its bundles hold bpmn-js 18.31.x
BPMN_JS=18.31.1
# Camunda 7.24 Tasklist renders Camunda Forms up to schemaVersion 16: form-js 1.10.1 writes 16 (1.12 writes 17).
FORM_JS=1.10.1
out=../../src/main/resources/static/vendor/bpmn-io
npm ci --no-audit --no-fund
work=$(mktemp -d)
(cd "$work" && npm pack --silent "camunda-bpmn-js@$CAMUNDA_BPMN_JS" "bpmn-js@$BPMN_JS" "@bpmn-io/form-js@$FORM_JS" >/dev/null \
  && mkdir c b f && tar xzf camunda-bpmn-js-*.tgz -C c && tar xzf bpmn-js-*.tgz -C b && tar xzf bpmn-io-form-js-*.tgz -C f)
rm -rf "$out" && mkdir -p "$out/assets"
for bundle in camunda-platform-modeler camunda-platform-navigated-viewer; do
  cp "$work/c/package/dist/$bundle.production.min.js" "$out/"
done
cp "$work/c/package/dist/assets/"*.css "$out/assets/"
cp -r "$work/c/package/dist/assets/bpmn-font" "$out/assets/"
cp "$work/c/package/LICENSE" "$out/LICENSE-camunda-bpmn-js.txt"
# bpmn-js's licence: the bpmn.io watermark must stay visible.
cp "$work/b/package/LICENSE" "$out/LICENSE-bpmn-js.txt"
cp node_modules/bpmn-js-differ/LICENSE "$out/LICENSE-bpmn-js-differ.txt"
forms=../../src/main/resources/static/vendor/form-js
rm -rf "$forms" && mkdir -p "$forms/assets"
for bundle in form-editor form-viewer; do
  npx esbuild "$work/f/package/dist/$bundle.umd.js" --minify --legal-comments=eof --outfile="$forms/$bundle.umd.min.js"
done
cp "$work/f/package/dist/assets/form-js.css" "$work/f/package/dist/assets/form-js-editor.css" "$forms/assets/"
cp "$work/f/package/LICENSE" "$forms/LICENSE-form-js.txt"
printf 'form-js %s (schemaVersion 16, as Camunda 7.24 Tasklist renders)\n' "$FORM_JS" > "$forms/VERSIONS.txt"
npx esbuild differ-entry.js --bundle --format=iife --global-name=BackopsDiffer --platform=browser --target=es2020 \
  --minify --legal-comments=eof --outfile="$out/bpmn-js-differ.min.js"
mkdir -p ../../src/main/resources/bpmnlint
npx esbuild lint-entry.js --bundle --format=iife --global-name=BackopsLint --platform=browser --target=es2020 \
  --minify --legal-comments=eof --outfile=../../src/main/resources/bpmnlint/bpmnlint-recommended.js
cp node_modules/bpmnlint/LICENSE ../../src/main/resources/bpmnlint/LICENSE-bpmnlint.txt
cp node_modules/bpmn-moddle/LICENSE ../../src/main/resources/bpmnlint/LICENSE-bpmn-moddle.txt
printf 'camunda-bpmn-js %s (bpmn-js %s), bpmn-js-differ %s; see tools/modeler/build.sh\n' \
  "$CAMUNDA_BPMN_JS" "$BPMN_JS" "$(node -p "require('./node_modules/bpmn-js-differ/package.json').version")" > "$out/VERSIONS.txt"
rm -rf "$work"
