#!/usr/bin/env bash
# The standalone protokoll (`dotnet publish -p:Standalone=true`, Native AOT) against the framework-dependent one.
#
# The standalone executable is trimmed: code and metadata that nothing refers to at compile time are left out. What
# a template reaches by name, and what a library looks up by reflection, would then fail only at run time, and only
# in that binary, which `dotnet test` never runs. So this publishes both, runs every command over the same inputs in
# identical folders, and fails on any difference in exit code, standard output, standard error or written files
# (PDFs included, when Chromium is there), or in the pages the preview server serves. Called by .ci/run; needs clang and zlib (apt-get install clang zlib1g-dev).
#
# Usage: tests/standalone/compare.sh [WORK_DIR]     (default: a temporary folder, removed afterwards)
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
if [ $# -gt 0 ]; then
  WORK="$1"
  mkdir -p "$WORK"
else
  WORK="$(mktemp -d "${TMPDIR:-/tmp}/protokoll-standalone.XXXXXX")"
  trap 'rm -rf "$WORK"' EXIT
fi

log() { printf '==> %s\n' "$*" >&2; }

publish() { # NAME ARGS...
  local name="$1"
  shift
  log "dotnet publish src/Protokoll.Gen.Cli -c Release $* ($name)"
  if ! dotnet publish "$REPO/src/Protokoll.Gen.Cli" -c Release "$@" -o "$WORK/$name" \
      --artifacts-path "$WORK/artifacts-$name" >"$WORK/publish-$name.log" 2>&1; then
    tail -40 "$WORK/publish-$name.log" >&2
    echo "standalone: publishing $name failed (log above)" >&2
    exit 1
  fi
}

publish framework
publish standalone -p:Standalone=true
if [ ! -x "$WORK/standalone/protokoll" ] || [ -e "$WORK/standalone/protokoll.dll" ]; then
  echo "standalone: -p:Standalone=true did not produce one native executable" >&2
  exit 1
fi

# Inputs, copied into every case folder so both binaries see the same relative paths.
INPUTS="$WORK/inputs"
rm -rf "$INPUTS"
mkdir -p "$INPUTS"
cp -r "$REPO/content" "$INPUTS/content"
cp -r "$HERE/probe-templates" "$INPUTS/probe-templates"
cp "$HERE/legacy.md" "$INPUTS/legacy.md"
log "generating 300 items (bench/Protokoll.Gen.Bench.Corpus, seed 7)"
dotnet run --project "$REPO/bench/Protokoll.Gen.Bench.Corpus" -c Release --artifacts-path "$WORK/artifacts-corpus" -- \
  --items 300 --seed 7 --out "$INPUTS/corpus" >/dev/null
# A folder with errors: an amount in words and a key given twice.
cp -r "$REPO/content" "$INPUTS/broken"
item="$(grep -l '^amount: 275740' "$INPUTS"/broken/meetings/*/*.md | head -1)"
sed -i "s/^amount: 275740$/amount: tvåhundrasjuttiofemtusen/" "$item"
printf 'title: [unclosed\n' >>"$INPUTS/broken/meetings/2022-11-24-styrgrupp/meeting.yml"

# A git history for `diff`: the sample, then one amount changed.
git_quiet() { git -C "$INPUTS/history" -c user.name=ci -c user.email=ci@protokoll.invalid "$@" >/dev/null; }
mkdir -p "$INPUTS/history"
cp -r "$REPO/content" "$INPUTS/history/content"
git_quiet init -q
git_quiet add -A
git_quiet commit -q -m before
sed -i 's/^amount: 275740$/amount: 280000/' "$(grep -l '^amount: 275740' "$INPUTS"/history/content/meetings/*/*.md | head -1)"
git_quiet commit -q -am after

cases=0
differences=0
run_case() { # NAME ARGS... (run in a fresh copy of the inputs; ARGS may not name files outside it)
  local name="$1"
  shift
  cases=$((cases + 1))
  for binary in framework standalone; do
    local dir="$WORK/runs/$binary/$name"
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -r "$INPUTS/." "$dir/"
    local status=0
    (cd "$dir" && "$WORK/$binary/protokoll" "$@" >"$dir/.stdout" 2>"$dir/.stderr" </dev/null) || status=$?
    echo "$status" >"$dir/.exit-code"
    # Progress lines of `build --pdf` ("PDF 20/21 <the document just finished>", every 10 documents or 5 s) depend
    # on which of two pages printing at once finishes first, in either binary; the PDFs themselves are compared.
    sed -i '/^PDF [0-9]*\/[0-9]* /d' "$dir/.stdout"
  done
  if diff -r "$WORK/runs/framework/$name" "$WORK/runs/standalone/$name" >"$WORK/diff-$name.txt" 2>&1; then
    printf '  same  %-22s exit %s  protokoll %s\n' "$name" "$(cat "$WORK/runs/standalone/$name/.exit-code")" "$*"
  else
    differences=$((differences + 1))
    printf '  DIFF  %-22s protokoll %s\n' "$name" "$*"
    head -20 "$WORK/diff-$name.txt" | sed 's/^/        /'
  fi
}

http_get() { # PORT PATH: the body of a GET (bash's /dev/tcp, so no curl is needed)
  local response
  exec 3<>"/dev/tcp/127.0.0.1/$1"
  printf 'GET %s HTTP/1.0\r\nHost: 127.0.0.1:%s\r\n\r\n' "$2" "$1" >&3
  response="$(cat <&3)"
  exec 3<&-
  printf '%s\n' "${response#*$'\r\n\r\n'}"
}

serve_case() { # the preview server: two pages over HTTP, then SIGTERM, as Ctrl-C would end it
  cases=$((cases + 1))
  for binary in framework standalone; do
    local dir="$WORK/runs/$binary/serve" port="" waited=0 status=0
    rm -rf "$dir"
    mkdir -p "$dir"
    cp -r "$INPUTS/content" "$dir/content"
    (cd "$dir" && exec "$WORK/$binary/protokoll" serve content --port 0 >"$dir/.stdout" 2>"$dir/.stderr" </dev/null) &
    local pid=$!
    while [ -z "$port" ] && [ "$waited" -lt 300 ]; do
      sleep 0.1
      waited=$((waited + 1))
      port="$(sed -n 's|^Serving http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$dir/.stdout")"
    done
    if [ -n "$port" ]; then
      http_get "$port" / >"$dir/.index.html"
      http_get "$port" /2022-11-24-styrgrupp/protokoll.html >"$dir/.minutes.html"
    fi
    kill -TERM "$pid" 2>/dev/null || true
    wait "$pid" || status=$?
    echo "$status" >"$dir/.exit-code"
    # The port and the private build folder differ from run to run.
    sed -i -e 's|127\.0\.0\.1:[0-9]*|127.0.0.1:PORT|g' -e 's|protokoll-serve-[A-Za-z0-9]*|protokoll-serve-X|g' "$dir/.stdout"
  done
  if grep -q '<main' "$WORK/runs/standalone/serve/.minutes.html" 2>/dev/null \
      && diff -r "$WORK/runs/framework/serve" "$WORK/runs/standalone/serve" >"$WORK/diff-serve.txt" 2>&1; then
    printf '  same  %-22s exit %s  protokoll serve content --port 0 (GET /, GET a page, SIGTERM)\n' serve \
      "$(cat "$WORK/runs/standalone/serve/.exit-code")"
  else
    differences=$((differences + 1))
    printf '  DIFF  %-22s protokoll serve content --port 0\n' serve
    head -20 "$WORK/diff-serve.txt" | sed 's/^/        /'
  fi
}

log "running both binaries"
run_case version --version
run_case help build --help
run_case check check content
run_case check-json check content --format json
run_case check-sarif check content --format sarif
run_case check-broken check broken
run_case budget budget content
run_case budget-en-csv budget content --format csv --locale en-GB
run_case budget-as-of budget content --as-of 2022-09-15-styrgrupp --format md
run_case deadlines deadlines content --today 2022-12-10 --format json
run_case build build content -o out
run_case build-public build content -o out --edition public
run_case build-probe build content -o out --templates probe-templates
run_case build-broken build broken -o out
run_case build-corpus build corpus/content -o out
run_case check-corpus check corpus/content --format json
run_case diff diff history/content --base HEAD~1 --format json
run_case init init fresh
run_case import import legacy.md -o imported --date 2023-03-01
run_case new-item new item --meeting 2022-11-24-styrgrupp --title "Beslut om ny process" --process Projektberedskap \
  --stage process --amount 1000
serve_case
if command -v chromium >/dev/null 2>&1 || [ -n "${PROTOKOLL_CHROMIUM:-}" ]; then
  run_case build-pdf build content -o out --pdf
else
  echo "  skipped build-pdf: no Chromium (apt-get install chromium)"
fi

echo "standalone: $cases cases, $differences with differences"
[ "$differences" -eq 0 ]
