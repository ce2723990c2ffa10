#!/usr/bin/env bash
# Side-by-side benchmark: protokoll check/build against Hugo (and pandoc) on the same generated items.
# See bench/README.md. Runs as root on a fresh Debian machine (installs what it needs with apt-get).
#
# Environment:
#   SIZES="1000 10000"   corpus sizes in items (the smallest and largest are used for the scaling checks)
#   RUNS=3               timed runs per command (the median is reported)
#   SEED=42              corpus seed
#   PANDOC_ALL=0         1: also run pandoc at sizes above 1 000 (slow)
#   PANDOC_RUNS=2        timed runs for pandoc (about 25 s a run at 1 000 items on 2 cores)
#   PANDOC_JOBS=$(nproc) pandoc processes run in parallel (Hugo and protokoll use every core too)
#   PROTOKOLL_BUILD_ARGS extra arguments for `protokoll build` (e.g. a format switch, if HTML is not the default)
#   REBUILD=1            also time each tool building again into its own previous output (rows "(rebuild)"); 0 skips
#   SKIP_PUBLISH=1       reuse bench/results/bin, hello, bin-fd and hello-fd from an earlier run
#   PUBLISH_ARGS="-p:Standalone=true"
#                        how protokoll and the hello-world are published. The default is the standalone release binary
#                        (one native executable compiled ahead of time, about 3 minutes to publish; clang and zlib1g-dev
#                        are installed for it); an empty value measures the plain framework-dependent publish that the
#                        GitHub action uses.
#   OUT_ROOT=DIR         where the tools write their output (default: a temporary folder in TMPDIR).
#                        OUT_ROOT=/dev/shm measures the tools on tmpfs.
#   COLD=move            how a build starts from an empty output folder. move: the previous run's output is renamed
#                        out of the way, and all of it is removed when the script ends (a 10 000-item build writes
#                        about 0.4 GB; up to RUNS+1 of them are kept per size). remove: it is removed right before
#                        every run, as `rm -rf` would. On ext4 without a journal the thousands of inodes just freed
#                        make creating new files slow for a few minutes (see docs/performance.md), which costs
#                        protokoll (11 492 files at 10 000 items) far more than Hugo (668); the script warns then.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(dirname "$BENCH")"
SIZES="${SIZES:-1000 10000}"
RUNS="${RUNS:-3}"
SEED="${SEED:-42}"
PANDOC_ALL="${PANDOC_ALL:-0}"
PANDOC_RUNS="${PANDOC_RUNS:-2}"
PANDOC_JOBS="${PANDOC_JOBS:-$(nproc)}"
PROTOKOLL_BUILD_ARGS="${PROTOKOLL_BUILD_ARGS:-}"
SKIP_PUBLISH="${SKIP_PUBLISH:-0}"
REBUILD="${REBUILD:-1}"
PUBLISH_ARGS="${PUBLISH_ARGS--p:Standalone=true}"
COLD="${COLD:-move}"
case "$COLD" in
  move | remove) ;;
  *) echo "COLD must be move or remove, not '$COLD'" >&2; exit 2 ;;
esac

RESULTS="$BENCH/results"
CORPUS_ROOT="$BENCH/corpus"
BIN="$RESULTS/bin"
HELLO_BIN="$RESULTS/hello"
# The plain framework-dependent publish of both (what `dotnet publish -c Release` makes, and what the GitHub action
# installs), for start-up only: "a .NET hello-world" is usually that, and it starts the .NET runtime the way the
# framework-dependent protokoll does. With an empty PUBLISH_ARGS these are the same as bin/ and hello/.
BIN_FD="$RESULTS/bin-fd"
HELLO_FD_BIN="$RESULTS/hello-fd"
# bin/ and obj/ of everything this script compiles go here, so it never writes into src/*/bin or src/*/obj.
ARTIFACTS="$RESULTS/artifacts"
LOGS="$RESULTS/logs"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/protokoll-bench.XXXXXX")"
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
OUT_ROOT="${OUT_ROOT:-$WORK}"
OUT="$(mktemp -d "$OUT_ROOT/protokoll-bench-out.XXXXXX")"
trap 'rm -rf "$WORK" "$OUT"' EXIT

log() { printf '==> %s\n' "$*" >&2; }
warn() { printf 'warning: %s\n' "$*" >&2; }

# The file system under a folder, naming ext4 without a journal (some VM images): only there does the kernel pass
# over inodes freed in the last minute when it creates a file, which makes writing thousands of files right after
# the previous output was removed slow (docs/performance.md). Journaled ext4, xfs, btrfs and tmpfs do not.
describe_fs() {
  local source="" fstype=""
  read -r source fstype < <(findmnt -n -o SOURCE,FSTYPE --target "$1" 2>/dev/null) || true
  if [ "$fstype" = ext4 ]; then
    if [ "$(cat "/sys/fs/ext4/$(basename "$(readlink -f "$source")")/journal_task" 2>/dev/null)" = "<none>" ]; then
      echo "ext4 without a journal"
    else
      echo "ext4"
    fi
  else
    echo "${fstype:-$(stat -f -c %T "$1")}"
  fi
}
OUT_FS="$(describe_fs "$OUT")"
if [ "$OUT_FS" = "ext4 without a journal" ] && [ "$COLD" = remove ]; then
  warn "the output goes to ext4 without a journal ($OUT_ROOT) and COLD=remove removes it right before each run: creating files then is slow, and protokoll writes 17 times as many files as Hugo. COLD=move, OUT_ROOT=/dev/shm or a journaled file system measures the tools without that (docs/performance.md)."
fi

# ------------------------------------------------------------------ tools
need=()
command -v hugo >/dev/null 2>&1 || need+=(hugo)
command -v pandoc >/dev/null 2>&1 || need+=(pandoc)
command -v hyperfine >/dev/null 2>&1 || need+=(hyperfine)
command -v jq >/dev/null 2>&1 || need+=(jq)
[ -x /usr/bin/time ] || need+=(time)
# The standalone publish (the default PUBLISH_ARGS) compiles ahead of time and links with clang against zlib.
case " $PUBLISH_ARGS " in
  *Standalone=true* | *PublishAot=true*)
    command -v clang >/dev/null 2>&1 || need+=(clang)
    dpkg -s zlib1g-dev >/dev/null 2>&1 || need+=(zlib1g-dev)
    ;;
esac
if [ "${#need[@]}" -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "missing tools: ${need[*]}; install them or run this script as root" >&2
    exit 1
  fi
  log "apt-get install ${need[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "the .NET SDK (dotnet) is required" >&2; exit 1; }
mkdir -p "$RESULTS" "$LOGS" "$CORPUS_ROOT"

# ------------------------------------------------------------------ publish
PROTOKOLL="$BIN/protokoll"
HELLO="$HELLO_BIN/hello"
PROTOKOLL_FD="$BIN_FD/protokoll"
HELLO_FD="$HELLO_FD_BIN/hello"
if [ -z "$PUBLISH_ARGS" ]; then
  PROTOKOLL_FD="$PROTOKOLL"
  HELLO_FD="$HELLO"
fi
if [ "$SKIP_PUBLISH" != 1 ]; then
  log "dotnet publish src/Protokoll.Gen.Cli -c Release $PUBLISH_ARGS -o bench/results/bin"
  rm -rf "$BIN"
  # shellcheck disable=SC2086 # PUBLISH_ARGS is a list of arguments
  if ! dotnet publish "$REPO/src/Protokoll.Gen.Cli" -c Release $PUBLISH_ARGS -o "$BIN" --artifacts-path "$ARTIFACTS" \
      >"$LOGS/publish-cli.log" 2>&1; then
    warn "publishing the CLI failed (see bench/results/logs/publish-cli.log); protokoll rows will be n/a"
  fi

  # A hello-world console app under bench/results, so it inherits the same Directory.Build.props
  # (framework, globalization, analyzers) and is published with the same command line as the CLI.
  log "dotnet publish hello-world (same settings)"
  mkdir -p "$RESULTS/hello-src"
  cat >"$RESULTS/hello-src/hello.csproj" <<'EOF'
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <AssemblyName>hello</AssemblyName>
    <RootNamespace>Hello</RootNamespace>
    <IsPackable>false</IsPackable>
    <TieredPGO>false</TieredPGO>
    <PublishReadyToRun>true</PublishReadyToRun>
    <RuntimeIdentifier Condition="'$(_IsPublishing)' == 'true' and '$(RuntimeIdentifier)' == ''">$(NETCoreSdkRuntimeIdentifier)</RuntimeIdentifier>
  </PropertyGroup>
  <!-- The same switch as protokoll's (src/Protokoll.Gen.Cli), so both start the same way: one native executable,
       its type data stored unpacked at a fixed address. -->
  <PropertyGroup Condition="'$(Standalone)' == 'true' and '$(_IsPublishing)' == 'true'">
    <PublishAot>true</PublishAot>
    <IlcDehydrate>false</IlcDehydrate>
    <PositionIndependentExecutable>false</PositionIndependentExecutable>
  </PropertyGroup>
</Project>
EOF
  printf 'Console.WriteLine("Hello, World!");\n' >"$RESULTS/hello-src/Program.cs"
  rm -rf "$HELLO_BIN"
  # shellcheck disable=SC2086
  if ! dotnet publish "$RESULTS/hello-src" -c Release $PUBLISH_ARGS -o "$HELLO_BIN" --artifacts-path "$ARTIFACTS" \
      >"$LOGS/publish-hello.log" 2>&1; then
    warn "publishing hello-world failed (see bench/results/logs/publish-hello.log)"
  fi
  if [ -n "$PUBLISH_ARGS" ]; then
    log "dotnet publish protokoll and hello-world framework-dependent (no extra arguments), for start-up"
    rm -rf "$BIN_FD" "$HELLO_FD_BIN"
    dotnet publish "$REPO/src/Protokoll.Gen.Cli" -c Release -o "$BIN_FD" --artifacts-path "$ARTIFACTS" \
        >"$LOGS/publish-cli-fd.log" 2>&1 || warn "publishing the framework-dependent CLI failed (see bench/results/logs/publish-cli-fd.log)"
    dotnet publish "$RESULTS/hello-src" -c Release -o "$HELLO_FD_BIN" --artifacts-path "$ARTIFACTS" \
        >"$LOGS/publish-hello-fd.log" 2>&1 || warn "publishing the framework-dependent hello-world failed (see bench/results/logs/publish-hello-fd.log)"
  fi
fi
[ -x "$PROTOKOLL" ] || { warn "no $PROTOKOLL"; PROTOKOLL=""; }
[ -x "$HELLO" ] || { warn "no $HELLO"; HELLO=""; }
[ -x "$PROTOKOLL_FD" ] || { warn "no $PROTOKOLL_FD"; PROTOKOLL_FD=""; }
[ -x "$HELLO_FD" ] || { warn "no $HELLO_FD"; HELLO_FD=""; }

# ------------------------------------------------------------------ corpora
log "building the corpus generator"
dotnet build "$BENCH/Protokoll.Gen.Bench.Corpus" -c Release --artifacts-path "$ARTIFACTS" >"$LOGS/build-corpus.log" 2>&1 \
  || { cat "$LOGS/build-corpus.log" >&2; exit 1; }
GEN_DLL="$ARTIFACTS/bin/Protokoll.Gen.Bench.Corpus/release/protokoll-bench-corpus.dll"
GEN_HASH="$(cat "$BENCH"/Protokoll.Gen.Bench.Corpus/*.cs "$BENCH"/Protokoll.Gen.Bench.Corpus/*.csproj | sha256sum | cut -c1-16)"

corpus_dir() { echo "$CORPUS_ROOT/$1-seed$SEED"; }

for size in $SIZES; do
  dir="$(corpus_dir "$size")"
  stamp="items=$size seed=$SEED generator=$GEN_HASH"
  if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then
    log "corpus $size items: up to date ($dir)"
  else
    log "corpus $size items -> $dir"
    # Same as: dotnet run --project bench/Protokoll.Gen.Bench.Corpus -c Release -- --items N --seed S --out DIR
    dotnet "$GEN_DLL" --items "$size" --seed "$SEED" --out "$dir" | tee "$dir.stats" >&2
    echo "$stamp" >"$dir/.stamp"
  fi
  # pandoc input: one Markdown file per meeting, the meeting's item bodies (front matter removed) in order.
  if [ ! -f "$dir/pandoc/.stamp" ] || [ "$(cat "$dir/pandoc/.stamp")" != "$stamp" ]; then
    rm -rf "$dir/pandoc"
    mkdir -p "$dir/pandoc"
    for m in "$dir"/content/meetings/*/; do
      id="$(basename "$m")"
      awk 'FNR == 1 { fm = 0; if (NR > 1) print "" } fm < 2 && /^---$/ { fm++; next } fm >= 2' "$m"*.md >"$dir/pandoc/$id.md"
    done
    echo "$stamp" >"$dir/pandoc/.stamp"
  fi
done

cat >"$WORK/pandoc-all.sh" <<'EOF'
#!/usr/bin/env bash
# usage: pandoc-all.sh INDIR OUTDIR JOBS: one `pandoc -s` per meeting file.
set -euo pipefail
mkdir -p "$2"
find "$1" -name '*.md' -print0 | sort -z | OUT="$2" xargs -0 -P "$3" -n 1 sh -c \
  'b=$(basename "$1" .md); exec pandoc -f markdown -t html -s --metadata pagetitle="$b" -o "$OUT/$b.html" "$1"' sh
EOF
chmod +x "$WORK/pandoc-all.sh"

# ------------------------------------------------------------------ measuring
declare -A MED MEM STATUS
ROWS=()

# Empties the output folder a cold run writes into (COLD above). Moving it is a rename within $OUT: nothing is freed
# until the script ends, so no run pays for the removal of the one before.
cat >"$WORK/clear-output.sh" <<'EOF'
#!/usr/bin/env bash
# usage: clear-output.sh move|remove DIR OUT
set -euo pipefail
[ -e "$2" ] || exit 0
if [ "$1" = move ]; then mv "$2" "$(mktemp -d "$3/previous.XXXXXX")/"; else rm -rf "$2"; fi
EOF
chmod +x "$WORK/clear-output.sh"

# measure KEY SIZE OUTDIR CMD...  (OUTDIR is emptied before every run, see COLD; "-" for none)
measure() {
  local key="$1" size="$2" out="$3" runs="$RUNS"
  shift 3
  [ "$key" != pandoc ] || runs="$PANDOC_RUNS"
  local id="${key// /-}-$size"
  ROWS+=("$key|$size")
  [ "$out" = "-" ] || "$WORK/clear-output.sh" "$COLD" "$out" "$OUT"
  log "$key @ $size: $*"
  # The first run is the warm-up, the exit-status check and the peak-memory probe at once.
  if ! /usr/bin/time -f %M -o "$WORK/$id.mem" "$@" >"$LOGS/$id.out" 2>&1; then
    warn "$key @ $size failed; output in bench/results/logs/$id.out:"
    tail -n 5 "$LOGS/$id.out" >&2
    STATUS["$key|$size"]=failed
    return 0
  fi
  MEM["$key|$size"]="$(tail -n 1 "$WORK/$id.mem")"
  local prepare=(--prepare true)
  [ "$out" = "-" ] || prepare=(--prepare "$(printf '%q ' "$WORK/clear-output.sh" "$COLD" "$out" "$OUT")")
  local cmd
  printf -v cmd '%q ' "$@"
  hyperfine --style none --runs "$runs" --warmup 0 "${prepare[@]}" --export-json "$RESULTS/$id.json" "$cmd" \
    >"$LOGS/$id.hyperfine" 2>&1 || { warn "hyperfine failed for $key @ $size"; STATUS["$key|$size"]=failed; return 0; }
  MED["$key|$size"]="$(jq -r '.results[0].median' "$RESULTS/$id.json")"
  STATUS["$key|$size"]=ok
  log "$key @ $size: median $(printf '%.3f' "${MED["$key|$size"]}") s, peak $(( ${MEM["$key|$size"]} / 1024 )) MB"
}

skip() { ROWS+=("$1|$2"); STATUS["$1|$2"]="$3"; }

smallest="$(tr ' ' '\n' <<<"$SIZES" | grep . | sort -n | head -n 1)"
largest="$(tr ' ' '\n' <<<"$SIZES" | grep . | sort -n | tail -n 1)"

for size in $SIZES; do
  dir="$(corpus_dir "$size")"
  measure "hugo" "$size" "$OUT/hugo-out" hugo --source "$dir/hugo" --destination "$OUT/hugo-out" --quiet
  # A rebuild of the same items into the output the last run left, as a secretary's preview or a local build does:
  # Hugo writes over its files, protokoll links the unchanged pages into a new folder and swaps it in.
  [ "$REBUILD" != 1 ] || measure "hugo (rebuild)" "$size" - hugo --source "$dir/hugo" --destination "$OUT/hugo-out" --quiet
  if [ -n "$PROTOKOLL" ]; then
    measure "protokoll check" "$size" - "$PROTOKOLL" check "$dir/content"
    # shellcheck disable=SC2086 # PROTOKOLL_BUILD_ARGS is a word list on purpose
    measure "protokoll build" "$size" "$OUT/build-out" "$PROTOKOLL" build "$dir/content" -o "$OUT/build-out" $PROTOKOLL_BUILD_ARGS
    # shellcheck disable=SC2086
    [ "$REBUILD" != 1 ] || measure "protokoll build (rebuild)" "$size" - "$PROTOKOLL" build "$dir/content" -o "$OUT/build-out" $PROTOKOLL_BUILD_ARGS
  else
    skip "protokoll check" "$size" "no CLI"
    skip "protokoll build" "$size" "no CLI"
  fi
  if [ "$size" -le 1000 ] || [ "$PANDOC_ALL" = 1 ]; then
    measure "pandoc" "$size" "$OUT/pandoc-out" "$WORK/pandoc-all.sh" "$dir/pandoc" "$OUT/pandoc-out" "$PANDOC_JOBS"
  fi
done
if [ -n "$PROTOKOLL" ]; then measure "protokoll --version" "-" - "$PROTOKOLL" --version; else skip "protokoll --version" "-" "no CLI"; fi
if [ -n "$HELLO" ]; then measure "hello-world" "-" - "$HELLO"; else skip "hello-world" "-" "not published"; fi
if [ -n "$PUBLISH_ARGS" ]; then
  if [ -n "$PROTOKOLL_FD" ]; then measure "protokoll --version (fd)" "-" - "$PROTOKOLL_FD" --version; else skip "protokoll --version (fd)" "-" "not published"; fi
  if [ -n "$HELLO_FD" ]; then measure "hello-world (fd)" "-" - "$HELLO_FD"; else skip "hello-world (fd)" "-" "not published"; fi
fi

# ------------------------------------------------------------------ report
fmt() { awk -v x="$1" -v f="$2" 'BEGIN { printf f, x }'; }
div() { awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "nan"; else printf "%.6f", a / b }'; }

TABLE=()
for row in "${ROWS[@]}"; do
  tool="${row%|*}"
  size="${row#*|}"
  if [ "${STATUS[$row]}" != ok ]; then
    TABLE+=("$tool|$size|${STATUS[$row]}|||")
    continue
  fi
  med="${MED[$row]}"
  secs="$(fmt "$med" '%.3f')"
  rate=""
  [ "$size" = "-" ] || rate="$(fmt "$(div "$size" "$med")" '%.0f')"
  mb="$(fmt "$(div "${MEM[$row]}" 1024)" '%.0f')"
  ratio=""
  # Rebuilds are compared with Hugo's rebuild, everything else with Hugo's build into an empty folder.
  base="hugo|$size"
  [[ "$tool" != *"(rebuild)" ]] || base="hugo (rebuild)|$size"
  if [ "$size" != "-" ] && [[ "$tool" != hugo* ]] && [ "${STATUS[$base]:-}" = ok ]; then
    ratio="$(fmt "$(div "$med" "${MED[$base]}")" '%.2f')"
  fi
  [[ "$tool" != hugo* ]] || ratio="1.00"
  TABLE+=("$tool|$size|$secs|$rate|$mb|$ratio")
done

# check NAME NUMERATOR DENOMINATOR OP LIMIT: a ratio check; numerator and denominator are "tool|size" keys or MEM:keys.
CHECKS=()
FAILED=0
value() {
  local k="$1"
  if [[ "$k" == MEM:* ]]; then k="${k#MEM:}"; [ "${STATUS[$k]:-}" = ok ] && echo "${MEM[$k]}"; return 0; fi
  [ "${STATUS[$k]:-}" = ok ] && echo "${MED[$k]}"
  return 0
}
check() {
  local name="$1" num den op="$4" limit="$5" ratio verdict
  num="$(value "$2")"
  den="$(value "$3")"
  if [ -z "$num" ] || [ -z "$den" ]; then
    CHECKS+=("$name|n/a|$op $limit|NOT MEASURED")
    FAILED=1
    return
  fi
  ratio="$(div "$num" "$den")"
  if awk -v r="$ratio" -v l="$limit" -v op="$op" 'BEGIN { exit !((op == "<") ? r < l : r <= l) }'; then
    verdict=PASS
  else
    verdict=FAIL
    FAILED=1
  fi
  CHECKS+=("$name|$(fmt "$ratio" '%.2f')|$op $limit|$verdict")
}
for size in $SIZES; do
  check "build($size) / hugo($size)" "protokoll build|$size" "hugo|$size" "<" 1.0
done
check "check($largest) / hugo($largest)" "protokoll check|$largest" "hugo|$largest" "<=" 0.25
if [ "$smallest" != "$largest" ]; then
  # 10 000 / 1 000 items may take at most 11x as long: linear plus 10 %.
  scale_limit="$(fmt "$(div "$((largest * 11))" "$((smallest * 10))")" '%.2f')"
  check "build($largest) / build($smallest)" "protokoll build|$largest" "protokoll build|$smallest" "<=" "$scale_limit"
fi
check "peak MB build($largest) / hugo($largest)" "MEM:protokoll build|$largest" "MEM:hugo|$largest" "<=" 1.0
check "protokoll --version / hello-world" "protokoll --version|-" "hello-world|-" "<=" 2
if [ -n "$PUBLISH_ARGS" ]; then
  # Both against the framework-dependent hello-world: the standalone binary against the usual .NET start, and the
  # framework-dependent protokoll against the hello-world that starts the runtime the same way.
  check "protokoll --version / hello-world (fd)" "protokoll --version|-" "hello-world (fd)|-" "<=" 2
  check "protokoll (fd) --version / hello-world (fd)" "protokoll --version (fd)|-" "hello-world (fd)|-" "<=" 2
fi

# Terminal
echo
printf '%-26s %7s %12s %10s %9s %9s\n' tool size "median s" "items/s" "peak MB" "vs hugo"
for line in "${TABLE[@]}"; do
  IFS='|' read -r a b c d e f <<<"$line"
  printf '%-26s %7s %12s %10s %9s %9s\n' "$a" "$b" "$c" "$d" "$e" "$f"
done
echo
printf '%-46s %8s %10s %s\n' check value limit verdict
for line in "${CHECKS[@]}"; do
  IFS='|' read -r a b c d <<<"$line"
  printf '%-46s %8s %10s %s\n' "$a" "$b" "$c" "$d"
done

# Markdown
{
  echo "# Benchmark: protokoll vs Hugo"
  echo
  echo "Generated by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo) RAM;"
  echo "commit $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo unknown); dotnet $(dotnet --version);"
  echo "$(hugo version | cut -d' ' -f1-2); $(pandoc --version | head -n 1); $(hyperfine --version)."
  echo "Load average (1, 5, 15 min) at the start: $LOAD_BEFORE; at the end: $(cut -d' ' -f1-3 /proc/loadavg). Above the core count, the timings are noisy."
  cold="the previous output renamed away and removed at the end (COLD=move)"
  [ "$COLD" = move ] || cold="the previous output removed right before each run (COLD=remove)"
  echo "Output written under $OUT_ROOT ($OUT_FS); builds into an empty folder, $cold. protokoll and hello-world published with \`${PUBLISH_ARGS:-(no extra arguments)}\`${PUBLISH_ARGS:+; the (fd) rows are the plain framework-dependent publish of both}."
  echo "Sizes: $SIZES items, seed $SEED; median of $RUNS runs ($PANDOC_RUNS for pandoc) after one warm-up run that also measures peak memory."
  echo
  for size in $SIZES; do
    [ -f "$(corpus_dir "$size").stats" ] && echo "- corpus $size: \`$(cat "$(corpus_dir "$size").stats")\`"
  done
  echo
  echo "| tool | size | median s | items/s | peak MB | vs Hugo |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  for line in "${TABLE[@]}"; do
    IFS='|' read -r a b c d e f <<<"$line"
    echo "| $a | $b | $c | $d | $e | $f |"
  done
  echo
  echo "| check | value | limit | verdict |"
  echo "| --- | ---: | ---: | --- |"
  for line in "${CHECKS[@]}"; do
    IFS='|' read -r a b c d <<<"$line"
    echo "| $a | $b | $c | $d |"
  done
} >"$RESULTS/latest.md"
log "wrote bench/results/latest.md"
exit "$FAILED"
