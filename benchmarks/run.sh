#!/usr/bin/env bash
# Runs every Dovetail benchmark side by side and writes benchmarks/results/latest.md (one table) plus the raw data:
# JMH JSON (jmh-*.json), the benchmark mains' rows (main-*.json), and for goals not met, profiles (profile-*.md,
# JFR recordings and logs under results/work/, which is not meant to be committed).
#
#   benchmarks/run.sh [--quick|--full]
#
#   --quick  (default) one JMH fork, short iterations, 20 forks for cold starts: under 10 minutes on 2 cores.
#   --full   three JMH forks, longer iterations, 60 forks for cold starts, more alternating pairs: about half an hour.
#
# Every comparison runs in one JMH invocation or one benchmark main, its sides interleaved, so that the ratio holds
# on a noisy machine. Nothing here is part of `mvn verify`; CI only compiles the module.
# Environment: JAVA_HOME (else `java` on the PATH), MVN (default mvn), SKIP_BUILD=1 to reuse the built jars.
set -euo pipefail

mode=quick
case "${1:-}" in
  ""|--quick) mode=quick ;;
  --full) mode=full ;;
  -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
  *) echo "usage: $0 [--quick|--full]" >&2; exit 2 ;;
esac

cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD
results=$root/benchmarks/results
jar=$root/benchmarks/target/benchmarks.jar
connector=$root/example-connector/target/example-connector.jar
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
mvn=${MVN:-mvn}
started=$(date +%s)

step() { printf '\n==> [%s s] %s\n' "$(( $(date +%s) - started ))" "$*" >&2; }

if [[ $mode == quick ]]; then
  jmh_warm=(-f 1 -wi 3 -w 500ms -i 8 -r 500ms)
  cold_forks=20
  overhead=(--records=1000000 --pairs=5 --warmups=1)
  sync=(--records=200000 --pairs=3 --warmups=1)
  sqlite=(--rows=20000 --pairs=5 --warmups=1)
  javac=(--pairs=5 --warmups=2)
  startup=(--pairs=10 --warmups=2)
  profile_jmh=(-f 1 -wi 2 -w 1s -i 3 -r 1s)
  cold_runs=3
else
  jmh_warm=(-f 3 -wi 5 -w 1s -i 10 -r 1s)
  cold_forks=60
  overhead=(--records=1000000 --pairs=7 --warmups=2)
  sync=(--records=1000000 --pairs=5 --warmups=1)
  sqlite=(--rows=100000 --pairs=7 --warmups=1)
  javac=(--pairs=10 --warmups=3)
  startup=(--pairs=30 --warmups=3)
  profile_jmh=(-f 1 -wi 3 -w 1s -i 5 -r 1s)
  cold_runs=9
fi

if [[ ${SKIP_BUILD:-0} != 1 ]]; then
  step "Build: $mvn -B -q -pl benchmarks -am package -DskipTests"
  "$mvn" -B -q -pl benchmarks -am package -DskipTests
fi
[[ -f $jar ]] || { echo "run.sh: $jar is missing; build it first" >&2; exit 1; }
[[ -f $connector ]] || { echo "run.sh: $connector is missing; build it first" >&2; exit 1; }

mkdir -p "$results"
rm -rf "$results"/jmh-*.json "$results"/main-*.json "$results"/profile-*.md "$results/work"
mkdir -p "$results/work"

step "1, 3 (warm): JMH, decode/encode, dispatch and synapse read (${jmh_warm[*]})"
"$java" -jar "$jar" '\.(DecodeSingle|DecodeBatch|EncodeSingle|EncodeBatch|DispatchWarm|SynapseReadWarm)\.' "${jmh_warm[@]}" \
  -rf json -rff "$results/jmh-warm.json" | tee "$results/work/jmh-warm.log" | grep --line-buffered -E '^# Benchmark:|  avgt ' >&2

step "2, 3 (cold): JMH single shot (decode, dispatch, synapse read), $cold_forks forks each"
"$java" -jar "$jar" '\.Cold' -f "$cold_forks" -rf json -rff "$results/jmh-cold.json" | tee "$results/work/jmh-cold.log" \
  | grep --line-buffered -E '^# Benchmark:|  ss  ' >&2

step "4: framework overhead (${overhead[*]})"
"$java" -cp "$jar" dev.dovetail.bench.mains.FrameworkOverhead "${overhead[@]}" --out="$results/main-overhead.json"

step "5: SQLite sink (${sqlite[*]})"
"$java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$jar" dev.dovetail.bench.mains.SqliteSink "${sqlite[@]}" \
  --out="$results/main-sqlite.json"

step "6: processor cost (${javac[*]})"
"$java" -Xms2g -Xmx2g -cp "$jar" dev.dovetail.bench.mains.ProcessorCost "${javac[@]}" --out="$results/main-processor.json"

step "7: start-up (${startup[*]})"
"$java" -cp "$jar" dev.dovetail.bench.mains.StartupTime --jar="$connector" "${startup[@]}" --out="$results/main-startup.json"

step "Sync engine (${sync[*]})"
"$java" -cp "$jar" dev.dovetail.bench.mains.SyncOverhead "${sync[@]}" --out="$results/main-sync.json"

step "8: memory, 10,000,000 records with -Xmx64m"
"$java" -cp "$jar" dev.dovetail.bench.mains.MemoryRun --records=10000000 --out="$results/main-memory.json"

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$root" diff --quiet HEAD -- . ':!benchmarks/results' 2>/dev/null || commit="$commit + uncommitted changes"  # its own results do not count
jvm=$("$java" -version 2>&1 | sed -n 2p)
header="Commit $commit, $(date -u +'%Y-%m-%d %H:%M UTC'); $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB, $jvm, $(uname -sr)."
report=("$java" -cp "$jar" dev.dovetail.bench.report.Report --results="$results" --notes="$root/benchmarks/notes" --mode="$mode")

# Profiles, only for the goals this run missed.
missed=$("${report[@]}" --missed)
summary() { "$java" -cp "$jar" dev.dovetail.bench.report.JfrSummary "$@"; }
if grep -q '^1' <<<"$missed"; then
  step "Profile 1: allocation per operation (JMH -prof gc) and JFR of the batch decode"
  "$java" -jar "$jar" '\.Decode(Single|Batch)\.(dovetailCodec|handWritten|databind)$' "${profile_jmh[@]}" -prof gc \
    >"$results/work/decode-gc.log"
  "$java" -jar "$jar" '\.DecodeBatch\.(dovetailCodec|handWritten)$' "${profile_jmh[@]}" -prof "jfr:dir=$results/work" \
    >"$results/work/decode-jfr.log"
  {
    echo "### Decode: allocation per operation (JMH \`-prof gc\`, same run settings)"
    echo
    echo '```'
    grep -E '^Benchmark|avgt' "$results/work/decode-gc.log" | grep -E '^Benchmark|alloc.rate.norm|  avgt  .*(ns|us)/op' || true
    echo '```'
  } >"$results/profile-1-0.md"
  summary "$results/work/dev.dovetail.bench.jmh.DecodeBatch.dovetailCodec-AverageTime/profile.jfr" \
    --title="Decode batch, generated codec (JFR)" --thread='.*jmh-worker.*' --out="$results/profile-1-1.md"
  summary "$results/work/dev.dovetail.bench.jmh.DecodeBatch.handWritten-AverageTime/profile.jfr" \
    --title="Decode batch, hand-written limit (JFR)" --thread='.*jmh-worker.*' --out="$results/profile-1-2.md" \
    --focus='dev\.dovetail\..*|com\.fasterxml\.jackson\.core\.json\.ReaderBasedJsonParser\.nextFieldName'
fi
if grep -Eq '^(2|3b|3s2)' <<<"$missed"; then
  step "Profile 2/3b/3s: phases and class loading of the first decode, the first envelope and the first synapse read"
  "$java" -cp "$jar" dev.dovetail.bench.mains.ColdDecodeProfile --runs="$cold_runs" --out="$results/profile-2.md" \
    --out-dispatch="$results/profile-3b.md" --out-synapse="$results/profile-3s-2.md"
fi
if grep -q '^3s1' <<<"$missed"; then
  step "Profile 3s: JFR of the warm synapse read, both paths"
  "$java" -jar "$jar" '\.SynapseReadWarm\.' "${profile_jmh[@]}" -prof "jfr:dir=$results/work" >"$results/work/synapse-jfr.log"
  synapse_focus='dev\.dovetail\..*|com\.fasterxml\.jackson\.databind\.ObjectMapper\.(readValue|convertValue|writeValueAsString)|com\.fasterxml\.jackson\.core\.json\.WriterBasedJsonGenerator\.writeString'
  summary "$results/work/dev.dovetail.bench.jmh.SynapseReadWarm.generatedDispatcher-AverageTime/profile.jfr" \
    --title="Synapse read, warm, generated path (JFR)" --thread='.*jmh-worker.*' --out="$results/profile-3s-0.md" \
    --focus="$synapse_focus" --top=20
  summary "$results/work/dev.dovetail.bench.jmh.SynapseReadWarm.reflectiveInvoke-AverageTime/profile.jfr" \
    --title="Synapse read, warm, reflective path (JFR)" --thread='.*jmh-worker.*' --out="$results/profile-3s-1.md" \
    --focus="$synapse_focus" --top=20
fi
if grep -q '^4' <<<"$missed"; then
  step "Profile 4: JFR of the framework-overhead main (both sides, alternating)"
  "$java" -XX:StartFlightRecording=filename="$results/work/overhead.jfr",settings=profile -cp "$jar" \
    dev.dovetail.bench.mains.FrameworkOverhead --records=1000000 --pairs=2 --warmups=1 --out="$results/work/overhead.json"
  summary "$results/work/overhead.jfr" --out="$results/profile-4.md" --top=20 \
    --title="Framework overhead: runner (FrameworkOverhead.runner) and limit (FrameworkOverhead.plainLoop) in one recording"
fi
if grep -q '^5' <<<"$missed"; then
  step "Profile 5: JFR of the SQLite sink main"
  "$java" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -XX:StartFlightRecording=filename="$results/work/sqlite.jfr",settings=profile \
    -cp "$jar" dev.dovetail.bench.mains.SqliteSink --rows=20000 --pairs=2 --warmups=1 --out="$results/work/sqlite.json"
  summary "$results/work/sqlite.jfr" --out="$results/profile-5.md" --top=20 \
    --title="SQLite sink: AssetDestination (SqliteSink.destination) and raw JDBC (SqliteSink.rawJdbc) in one recording"
fi
if grep -q '^6' <<<"$missed"; then
  step "Profile 6: JFR of javac with the processor only"
  "$java" -Xms2g -Xmx2g -XX:StartFlightRecording=filename="$results/work/javac.jfr",settings=profile -cp "$jar" \
    dev.dovetail.bench.mains.ProcessorCost --only=processor --pairs=3 --warmups=2
  summary "$results/work/javac.jfr" --out="$results/profile-6.md" --top=25 \
    --title="javac with the Dovetail processor (processor side only, 5 compiles)" \
    --focus='dev\.dovetail\.processor\..*|com\.palantir\.javapoet\.JavaFile\.writeTo|com\.sun\.tools\.javac\.processing\.JavacFiler\.create(SourceFile|Resource)|org\.yaml\.snakeyaml\.Yaml\.dump.*|com\.sun\.tools\.javac\.(main\.JavaCompiler\.(compile|parseFiles|enterTrees|processAnnotations|attribute|flow|desugar|generate)|processing\.JavacProcessingEnvironment(\.doProcessing|\$Round\.(run|next|enterTrees|<init>)))|java\.lang\.ClassLoader\.loadClass|javax\.lang\.model\.util\.Elements\.getTypeElement|com\.sun\.tools\.javac\.model\.JavacElements\.getTypeElement'
fi
if grep -q '^7' <<<"$missed"; then
  step "Profile 7: start-up timeline and experiments"
  "$java" -cp "$jar" dev.dovetail.bench.mains.StartupProfile --jar="$connector" --pairs=5 --out="$results/profile-7.md"
fi

step "Report"
"${report[@]}" --header="$header" --out="$results/latest.md"
step "Done: $results/latest.md"
