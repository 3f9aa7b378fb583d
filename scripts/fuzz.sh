#!/usr/bin/env bash
# Builds the libFuzzer targets (swiftc -sanitize=fuzzer,address) and runs each for a while.
#
#   scripts/fuzz.sh [SECONDS] [TARGET ...]     default: 60 seconds each, all five targets
#
# Short runs (60 s a target) are part of `make test`, with FUZZ_SEED=1 so that CI explores the
# same inputs each time; before a release run an hour a target with random seeds:
#   scripts/fuzz.sh 3600
# or, on two cores, two runs side by side (they share the build, each resets only its own corpora):
#   scripts/fuzz.sh 3600 FuzzFrontMatter FuzzSite FuzzAssets & scripts/fuzz.sh 3600 FuzzMarkdown FuzzServePath FuzzServeRequest
#
# Seed corpora: the hand-written seeds in Tests/Fuzz/seeds/<target>/ plus, made at run time,
# every content file of the example site and the test fixtures (a whole small site for FuzzSite).
# A crash, a hang over 2 s, or runaway memory (one allocation over 512 MB, or over 1 GB resident
# with AddressSanitizer's own memory included) is written to Tests/Fuzz/crashes/ and fails the
# run; turn each into a regression test and a fix.
#
# libFuzzer's timeout counts wall time. A long run at low priority beside other work (nice -n 19)
# can starve an input of CPU for seconds, so there set FUZZ_TIMEOUT=30: inputs slower than 2 s
# are still saved as Tests/Fuzz/crashes/<target>-slow-unit-*; run each alone
# (.build-fuzz/debug/<target> FILE) to see whether it is really slow.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(FuzzFrontMatter FuzzMarkdown FuzzSite FuzzServePath FuzzAssets FuzzServeRequest)
build=.build-fuzz
flags=(-Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)

for target in "${targets[@]}"; do
  swift build --build-path "$build" --product "$target" "${flags[@]}" 2>&1 | grep -E "error|warning: unre" || true
  [ -x "$build/debug/$target" ] || { echo "could not build $target"; exit 1; }
done

# Seed corpora drawn from the example site and the fixtures.
# Only this run's targets are reset, so two runs with different targets can share the build folder.
corpus=$build/corpus
for target in "${targets[@]}"; do
  rm -rf "${corpus:?}/$target" && mkdir -p "$corpus/$target"
  cp Tests/Fuzz/seeds/"$target"/* "$corpus/$target/" 2>/dev/null || true
done
n=0
while IFS= read -r -d '' file; do
  n=$((n + 1))
  [ -d "$corpus/FuzzFrontMatter" ] && cp "$file" "$corpus/FuzzFrontMatter/content-$n"
  [ -d "$corpus/FuzzMarkdown" ] && awk 'f>=2{print} /^---/{f++}' "$file" > "$corpus/FuzzMarkdown/body-$n"
done < <(find content Tests/Fixtures -name '*.md' -print0 | sort -z)
if [ -d "$corpus/FuzzSite" ]; then
  # Each example document as a small site: municipality, document, two parts, a page, sitegen.yml.
  for doc in content/*/*/index.md; do
    dir=$(dirname "$doc"); muni=$(dirname "$dir")
    parts=("$dir"/*.md)
    { cat "$muni/index.md"; printf '\0'; cat "$doc"; printf '\0'; cat "${parts[0]}"; printf '\0'
      cat "${parts[1]:-${parts[0]}}"; printf '\0'; cat content/pages/om.md; printf '\0'; cat sitegen.yml; } \
      > "$corpus/FuzzSite/$(basename "$dir")"
  done
fi
if [ -d "$corpus/FuzzAssets" ]; then
  # The SVG pictures of the example site and the fixtures.
  find content Tests/Fixtures -name '*.svg' -print0 | sort -z | while IFS= read -r -d '' file; do
    cp "$file" "$corpus/FuzzAssets/svg-$(printf '%s' "$file" | md5sum | cut -c1-8)"
  done
fi
if [ -d "$corpus/FuzzServePath" ]; then
  (cd content && find . -name '*.md' | sed 's|^\.||; s|\.md$|/|; s|/index/$|/|') | head -50 | while read -r path; do
    printf '%s' "$path" > "$corpus/FuzzServePath/path-$(echo "$path" | md5sum | cut -c1-8)"
  done
fi

mkdir -p Tests/Fuzz/crashes
status=0
passed=0
failed=0
for target in "${targets[@]}"; do
  echo "== $target: $seconds s"
  max_len=16384
  [ "$target" = FuzzSite ] && max_len=65536
  [ "$target" = FuzzServePath ] && max_len=1024
  # Past the guard's limits (8 KB a line, 32 KB of headers), so that they are reached.
  [ "$target" = FuzzServeRequest ] && max_len=65536
  if ! SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:quarantine_size_mb=32 "$build/debug/$target" "$corpus/$target" \
      -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-2}" -report_slow_units=2 -rss_limit_mb=1024 -malloc_limit_mb=512 -max_len=$max_len \
      ${FUZZ_SEED:+-seed=$FUZZ_SEED} \
      -artifact_prefix="Tests/Fuzz/crashes/$target-" -print_final_stats=1 2> "$build/$target.log"; then
    status=1
    failed=$((failed + 1))
    echo "$target FAILED; see $build/$target.log and Tests/Fuzz/crashes/"
    grep -E "ERROR|SUMMARY|Fatal|panic|precondition" "$build/$target.log" | head -5
  fi
  grep -E "^stat::(number_of_executed_units|peak_rss_mb)|cov: " "$build/$target.log" | tail -3
done
passed=$((${#targets[@]} - failed))
echo "fuzz: $passed passed, $failed failed"
exit $status
