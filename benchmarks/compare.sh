#!/usr/bin/env bash
# Runs the IDEAL scoring workloads in Java and in numpy on identical seeded data, checks that the results agree, then
# times both and prints a table: workload x size x threads, median times, Java/numpy ratio. See benchmarks/README.md.
#
#   benchmarks/compare.sh            the full comparison (about 10 to 15 minutes on 2 cores)
#   benchmarks/compare.sh --quick    sizes up to 1e5 and a short Monte Carlo run (under two minutes once built)
#
# Environment: PYTHON (default python3), JAVA (default java), JAVA_OPTS (default -Xmx3g --add-modules
# jdk.incubator.vector where the JDK has that module, which lets the library use the Vector API; JAVA_OPTS=-Xmx3g times
# it without), NUMPY_MALLOC (default keep: glibc keeps numpy's freed memory; default: glibc's own settings),
# COMPARE_DIR (default benchmarks/target/compare or benchmarks/target/compare-quick).
set -euo pipefail

quick=""
for arg in "$@"; do
    case "$arg" in
        --quick) quick="--quick" ;;
        -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "compare.sh: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
    esac
done

cd "$(dirname "$0")/.."
python="${PYTHON:-python3}"
java="${JAVA:-java}"
# By default the JVM gets the Vector API's incubator module, where its runtime has one (a trimmed runtime may not).
if [ -n "${JAVA_OPTS:-}" ]; then
    java_opts="$JAVA_OPTS"
elif "$java" --list-modules 2>/dev/null | grep -q '^jdk\.incubator\.vector@'; then
    java_opts="-Xmx3g --add-modules jdk.incubator.vector"
else
    java_opts="-Xmx3g"
fi
work="${COMPARE_DIR:-benchmarks/target/compare${quick:+-quick}}"
# numpy makes new arrays for its temporaries at every run, and glibc hands large freed blocks back to the kernel, so
# numpy pays for fresh pages again at every run; on a virtual machine whose host charges much for them that can make
# numpy several times slower (TOPSIS at 10^5: 53 ms against 12). The JVM keeps its heap. So that both sides are timed
# with their memory kept, glibc is told to keep freed blocks in the numpy processes; NUMPY_MALLOC=default times numpy
# with glibc's own settings.
if [ "${NUMPY_MALLOC:-keep}" = default ]; then
    numpy_env=()
else
    numpy_env=(MALLOC_MMAP_THRESHOLD_=33554432 MALLOC_TRIM_THRESHOLD_=17179869184)
fi
jar="benchmarks/target/benchmarks.jar"

if ! command -v "$python" >/dev/null 2>&1; then
    echo "compare.sh: skipped: '$python' not found; install Python 3 with numpy (or set PYTHON) to compare with numpy."
    exit 0
fi
if ! "$python" -c 'import numpy' >/dev/null 2>&1; then
    echo "compare.sh: skipped: numpy is not installed for '$python' (pip install numpy); nothing was compared."
    exit 0
fi

# Build the shaded benchmarks jar when it is missing or older than any source or pom.
if [ ! -f "$jar" ] || [ -n "$(find pom.xml ./*/pom.xml ./*/src -newer "$jar" -type f -print -quit)" ]; then
    echo "== building $jar"
    ./mvnw -B -q -DskipTests -pl benchmarks -am package
fi

rm -rf "$work"
mkdir -p "$work"

echo "== machine"
echo "cpu:      $(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -1), $(nproc) cores"
echo "java:     $("$java" -version 2>&1 | head -1)"
# numpy is timed (and described) without the OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE overrides, so that OpenBLAS picks
# its kernel for this CPU itself; only the numpy commands run that way.
env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "${numpy_env[@]}" "$python" benchmarks/numpy/workloads.py info \
    > "$work/numpy-info.json"
"$python" - "$work/numpy-info.json" <<'EOF'
import json, sys
i = json.load(open(sys.argv[1]))
print('numpy:    %s (Python %s)' % (i['numpy'], i['python']))
print('blas:     %s; kernel %s; %s threads%s' % (i['blas_config'] or (i['blas_build'] or {}).get('name'),
      i['blas_kernel'], i['blas_threads'], '' if i['threadpoolctl'] else ' (threadpoolctl absent: read via ctypes)'))
kept = i['env'].get('MALLOC_TRIM_THRESHOLD_')
print('memory:   fresh pages cost %.2f us per 4 KiB page; numpy %s' % (i['page_fault_us'],
      'keeps freed memory (MALLOC_MMAP_THRESHOLD_=%s MALLOC_TRIM_THRESHOLD_=%s)'
      % (i['env'].get('MALLOC_MMAP_THRESHOLD_'), kept) if kept else "with glibc's default malloc settings"))
EOF
echo "load:     $(uptime | sed 's/.*load average/load average/')"

# Every JVM started with an incubator module says so on standard error; once is enough.
quiet_java() {
    "$java" "$@" 2> >(grep -v '^WARNING: Using incubator modules' >&2)
}
echo "java opts: $java_opts"

echo "== data and Java results"
quiet_java $java_opts -cp "$jar" lat.ideal.benchmarks.Compare prepare "$work" $quick

echo "== agreement: numpy recomputes every case from the same files"
if ! "$python" benchmarks/numpy/workloads.py check "$work"; then
    echo "compare.sh: Java and numpy disagree; nothing was timed." >&2
    exit 1
fi

# Each case is timed in Java and then at once in numpy, so that both sides of a ratio run within the same minute or
# two: memory-bound times on a shared virtual machine drift by up to a third between minutes.
echo "== timing, case by case: Java (a fresh JVM per case; in-process harness: warm-up, then the median of repeated"
echo "   runs), then numpy (timeit-style: warm-up, then the median of repeated runs; gc off while timing)"
: > "$work/numpy-times.jsonl"
"$java" -cp "$jar" lat.ideal.benchmarks.Compare cases $quick | while read -r workload units draws threads; do
    line="$(quiet_java $java_opts -cp "$jar" lat.ideal.benchmarks.Compare time "$work" "$workload" "$units" "$draws" \
        "$threads" $quick)"
    echo "$line" >> "$work/java-times.jsonl"
    printf 'java  %-12s %8s %6s  threads %s  median %10s ms\n' "$workload" "$units" \
        "$([ "$draws" = 0 ] || echo "$draws")" "$threads" \
        "$(echo "$line" | sed 's/.*"median_ms":\([0-9.E-]*\).*/\1/')"
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "${numpy_env[@]}" "$python" benchmarks/numpy/workloads.py time \
        "$work" "$workload" "$units" "$draws" "$threads" < /dev/null
done

echo "== results (load $(uptime | sed 's/.*load average: //'))"
"$python" benchmarks/numpy/workloads.py table "$work"
echo "(table also in $work/table.md)"
