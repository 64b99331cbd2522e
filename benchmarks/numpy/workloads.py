#!/usr/bin/env python3
"""The numpy side of benchmarks/compare.sh: the same workloads as the Java benchmarks, on the same data.

Usage:
    workloads.py info                 numpy, BLAS, thread and memory facts (one JSON object)
    workloads.py check DIR            recompute every case of DIR/manifest.json and compare with the Java results;
                                      exit status 1 if any case disagrees
    workloads.py time DIR             time every case; writes DIR/numpy-times.jsonl
    workloads.py time DIR WORKLOAD UNITS DRAWS THREADS
                                      time one case; adds its line to DIR/numpy-times.jsonl
    workloads.py table DIR            print the Java/numpy table from DIR/java-times.jsonl and DIR/numpy-times.jsonl;
                                      also writes DIR/table.md

The data (little-endian float64, column-major: row c of the (indicators, units) array is indicator c) and the Java
results are written by `java -cp benchmarks.jar lat.ideal.benchmarks.Compare prepare DIR`. Every workload is written
the way a careful numpy user would write it (vectorised over units, a Python loop over the 30 indicators at most),
and follows the Java engine's definitions exactly: min-max to [0, 1] then reflection (1 - t) of negative-polarity
indicators; weighted means as sum(w v) / sum(w); TOPSIS with vector normalisation, weights divided by their sum and
cost criteria for negative polarity; COINr winsorising (the most extreme value, tied points together, replaced by the
next value inward, while |skewness| > 2 and kurtosis > 3.5, at most 5 points, log fallback), then
min-max, then mean imputation of the normalised column; competition ranks (1 for the highest score, ties share the
best rank); type-7 percentiles.
"""

import csv
import ctypes
import gc
import glob
import io
import json
import math
import os
import sys
import time

import numpy as np

SCORE_TOLERANCE = 1e-9  # relative: |java - numpy| <= 1e-9 * max(|java|, |numpy|)


# ---------------------------------------------------------------------------------------------------------------
# BLAS facts and thread control


def _openblas():
    """The OpenBLAS library numpy loaded and its symbol suffix, or (None, None)."""
    here = os.path.dirname(np.__file__)
    for path in glob.glob(os.path.join(here, '..', 'numpy.libs', '*openblas*')) + \
            glob.glob(os.path.join(here, '.libs', '*openblas*')):
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for prefix, suffix in (('scipy_openblas_', '64_'), ('openblas_', '64_'), ('openblas_', '')):
            if hasattr(lib, prefix + 'get_num_threads' + suffix):
                return lib, (prefix, suffix)
    return None, None


_LIB, _NAMES = _openblas()


def _call(name, restype=ctypes.c_int, *args):
    if _LIB is None:
        return None
    f = getattr(_LIB, _NAMES[0] + name + _NAMES[1], None)
    if f is None:
        return None
    f.restype = restype
    return f(*args)


def blas_threads():
    return _call('get_num_threads')


def set_blas_threads(n):
    """Sets the BLAS thread count; returns whether it could."""
    try:
        from threadpoolctl import threadpool_limits  # noqa: F401  (used when present)
        threadpool_limits(limits=n, user_api='blas')
        return True
    except ImportError:
        pass
    if _LIB is None:
        return False
    _call('set_num_threads', None, ctypes.c_int(n))
    return blas_threads() == n


def info():
    """numpy, BLAS and thread facts."""
    out = {'numpy': np.__version__, 'python': sys.version.split()[0]}
    try:
        from threadpoolctl import threadpool_info
        out['threadpoolctl'] = threadpool_info()
    except ImportError:
        out['threadpoolctl'] = None
    config = _call('get_config', ctypes.c_char_p)
    core = _call('get_corename', ctypes.c_char_p)
    out['blas_config'] = config.decode() if config else None
    out['blas_kernel'] = core.decode() if core else None
    out['blas_threads'] = blas_threads()
    try:
        cfg = np.show_config(mode='dicts')
        blas = cfg.get('Build Dependencies', {}).get('blas', {})
        out['blas_build'] = {k: blas.get(k) for k in ('name', 'version', 'openblas configuration')}
        out['simd'] = cfg.get('SIMD Extensions', {})
    except TypeError:  # numpy < 1.26 has no mode argument
        out['blas_build'] = None
    out['env'] = {k: os.environ.get(k) for k in ('OPENBLAS_CORETYPE', 'OPENBLAS_L2_SIZE', 'OPENBLAS_NUM_THREADS',
                                                 'OMP_NUM_THREADS', 'MALLOC_MMAP_THRESHOLD_', 'MALLOC_TRIM_THRESHOLD_')}
    return out


def page_fault_us(size=64 << 20):
    """Microseconds per 4 KiB page to touch fresh anonymous memory, less touching the same pages again: what the
    kernel (and, on a virtual machine, the host) charges a process that returns memory and asks for it again."""
    import mmap
    best = math.inf
    for _ in range(3):
        with mmap.mmap(-1, size) as m:
            pages = np.frombuffer(m, dtype=np.uint8)[::4096]
            t0 = time.perf_counter()
            pages[:] = 1
            t1 = time.perf_counter()
            pages[:] = 2
            t2 = time.perf_counter()
            best = min(best, ((t1 - t0) - (t2 - t1)) * 1e6 / pages.shape[0])
            del pages
    return best


# ---------------------------------------------------------------------------------------------------------------
# Workloads


def minmax(col, negative):
    """Min-max to [0, 1] over the present values (NaN stays NaN), reflected for negative polarity."""
    mn = np.nanmin(col)
    mx = np.nanmax(col)
    t = col - mn
    t /= mx - mn
    if negative:
        np.subtract(1.0, t, out=t)
    return t


def competition_ranks(s):
    """Rank 1 for the highest score; ties share the best rank (1, 2, 2, 4)."""
    n = s.shape[0]
    order = np.argsort(-s)
    ordered = s[order]
    new = np.empty(n, dtype=bool)
    new[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    start = np.maximum.accumulate(np.where(new, np.arange(n), 0))
    ranks = np.empty(n, dtype=np.int32)
    ranks[order] = start + 1
    return ranks


def competition_ranks_rows(S):
    """competition_ranks of every row of S at once."""
    d, n = S.shape
    order = np.argsort(-S, axis=1)
    ordered = np.take_along_axis(S, order, axis=1)
    new = np.empty(S.shape, dtype=bool)
    new[:, 0] = True
    np.not_equal(ordered[:, 1:], ordered[:, :-1], out=new[:, 1:])
    start = np.maximum.accumulate(np.where(new, np.arange(n)[None, :], 0), axis=1)
    ranks = np.empty(S.shape, dtype=np.int32)
    np.put_along_axis(ranks, order, (start + 1).astype(np.int32), axis=1)
    return ranks


def weighted_mean(n, weights, columns, leaf):
    """sum(w_c leaf(c)) / sum(w_c) over the columns, accumulated in column order as the engine does."""
    num = np.zeros(n)
    den = 0.0
    for c in columns:
        num += weights[c] * leaf(c)
        den += weights[c]
    return num / den


def flat(X, m):
    """(a) min-max with polarity, weighted arithmetic mean, competition ranks."""
    s = weighted_mean(X.shape[1], m['weights'], range(X.shape[0]), lambda c: minmax(X[c], m['negative'][c]))
    return s, competition_ranks(s)


def topsis(X, m):
    """(b) TOPSIS: vector normalisation, normalised weights, negative polarity as cost criteria."""
    w, neg = m['weights'], m['negative']
    wsum = sum(w)
    dplus = np.zeros(X.shape[1])
    dminus = np.zeros(X.shape[1])
    for c in range(X.shape[0]):
        col = X[c]
        t = col / math.sqrt(col @ col)
        t *= w[c] / wsum
        hi, lo = t.max(), t.min()
        best, worst = (lo, hi) if neg[c] else (hi, lo)
        dplus += np.square(t - best)
        dminus += np.square(t - worst)
    np.sqrt(dplus, out=dplus)
    np.sqrt(dminus, out=dminus)
    s = dminus / (dplus + dminus)
    return s, competition_ranks(s)


def hierarchy(X, m):
    """(c) leaves as in (a); six weighted group means of five leaves; weighted mean of the groups."""
    k, n = X.shape
    size = k // m['groups']

    def group(g):
        return weighted_mean(n, m['weights'], range(g * size, (g + 1) * size),
                             lambda c: minmax(X[c], m['negative'][c]))

    s = weighted_mean(n, m['groupWeights'], range(m['groups']), group)
    return s, competition_ranks(s)


def _power_sum(v, power):
    """Sum of ((v - mean) / s)^power with the sample standard deviation s; 0 when s is 0."""
    n = v.shape[0]
    d = v - v.mean()
    s = math.sqrt((d @ d) / (n - 1))
    if not s > 0:
        return 0.0
    d /= s
    return float(np.sum(d * d * d)) if power == 3 else float(np.sum(np.square(np.square(d))))


def skewness(v):
    """Excel SKEW / COINr skew; 0 below 3 values or without spread."""
    n = v.shape[0]
    total = 0.0 if n < 3 else _power_sum(v, 3)
    return 0.0 if total == 0 else n / ((n - 1.0) * (n - 2.0)) * total


def kurtosis(v):
    """Excel KURT / COINr kurt (excess); 0 below 4 values or without spread."""
    n = float(v.shape[0])
    total = 0.0 if n < 4 else _power_sum(v, 4)
    if total == 0:
        return 0.0
    return n * (n + 1) / ((n - 1) * (n - 2) * (n - 3)) * total - 3 * (n - 1) * (n - 1) / ((n - 2) * (n - 3))


def _outside(v, m):
    return abs(skewness(v)) > m['maxSkewness'] and kurtosis(v) > m['maxKurtosis']


def winsorise(col, m):
    """COINr outlier treatment of the present values; returns the treated column (a new array)."""
    present = ~np.isnan(col)
    v = col[present]
    if v.shape[0] < 4 or not _outside(v, m):
        return col
    w = v.copy()
    done = 0
    while done < m['maxWinsorised'] and _outside(w, m):
        high = skewness(w) > 0
        extreme = w.max() if high else w.min()
        tied = w == extreme
        count = int(tied.sum())
        if count == w.shape[0] or done + count > m['maxWinsorised']:
            break
        w[tied] = w[~tied].max() if high else w[~tied].min()
        done += count
    if _outside(w, m):
        lo, hi = v.min(), v.max()
        a = 0.01 * (hi - lo)
        w = np.log(v - lo + a) if skewness(v) >= 0 else -np.log(hi + a - v)
    out = col.copy()
    out[present] = w
    return out


def impute_mean(t):
    """Fills the missing cells of a normalised column with the mean of its present cells."""
    missing = np.isnan(t)
    t[missing] = np.mean(t[~missing])
    return t


def treated(X, m):
    """(d) winsorising, min-max with polarity, mean imputation of the normalised columns, weighted mean, ranks."""
    s = weighted_mean(X.shape[1], m['weights'], range(X.shape[0]),
                      lambda c: impute_mean(minmax(winsorise(X[c], m), m['negative'][c])))
    return s, competition_ranks(s)


SCORING = {'FLAT': flat, 'TOPSIS': topsis, 'HIERARCHY': hierarchy, 'TREATED': treated}

QUANTILES = [5, 50, 95]


def monte_carlo(X, m, W):
    """(e) ranks of the flat pipeline under every row of weights W; the 5th, 50th and 95th percentile rank per unit."""
    neg = m['negative']
    k, n = X.shape
    Xn = np.empty_like(X)
    for c in range(k):
        Xn[c] = minmax(X[c], neg[c])
    den = W.sum(axis=1)
    draws = W.shape[0]
    if draws * n <= 4_000_000:
        ranks = competition_ranks_rows((W @ Xn) / den[:, None])
    else:
        ranks = np.empty((draws, n), dtype=np.int32)
        for d in range(draws):
            ranks[d] = competition_ranks((W[d] @ Xn) / den[d])
    summary = np.empty((len(QUANTILES), n))
    step = max(1, 4_000_000 // draws)
    for a in range(0, n, step):
        summary[:, a:a + step] = np.percentile(ranks[:, a:a + step], QUANTILES, axis=0)
    return summary, ranks


def gitoc(text):
    """(f) GI-TOC composites from the publisher's sheet: block means, exact half-up rounding to 2 decimals, ranks.

    Scores are multiples of 0.5, so every composite is an exact fraction of integers: markets = M / (2 km) with M the
    sum of twice the scores; criminality = (M ka + A km) / (4 km ka); rounding half-up to cents is
    floor(100 x + 1/2), done in integers. Returns cents per composite and competition ranks on them.
    """
    rows = list(csv.reader(io.StringIO(text)))
    header = rows[0]
    composite = [i for i, h in enumerate(header) if h.strip().endswith('avg,') or h.strip().endswith('avg')]
    names = [header[i].split(' avg')[0].strip().lower() for i in composite]
    blocks = {}
    for j, i in enumerate(composite):
        end = composite[j + 1] if j + 1 < len(composite) else len(header)
        blocks[names[j]] = list(range(i + 1, end))
    body = rows[1:]
    first = composite[0]
    values = np.array([[float(x) if x else math.nan for x in r[first:]] for r in body])

    def halves(cols):
        sub = values[:, [c - first for c in cols]]
        present = ~np.isnan(sub)
        twice = np.rint(np.where(present, sub, 0.0) * 2).astype(np.int64)
        return twice.sum(axis=1), present.sum(axis=1).astype(np.int64)

    sm, km = halves(blocks['criminal markets'])
    sa, ka = halves(blocks['criminal actors'])
    sr, kr = halves(blocks['resilience'])
    cents = {
        'criminality': (100 * (sm * ka + sa * km) + 2 * km * ka) // (4 * km * ka),
        'criminal-markets': (100 * sm + km) // (2 * km),
        'criminal-actors': (100 * sa + ka) // (2 * ka),
        'resilience': (100 * sr + kr) // (2 * kr),
    }
    published = {k: (v, competition_ranks(v.astype(float))) for k, v in cents.items()}
    sheet = {'criminality': composite[0], 'criminal-markets': composite[1], 'criminal-actors': composite[2],
             'resilience': composite[3]}
    return published, {k: [r[i] for r in body] for k, i in sheet.items()}


def cents_text(c):
    return '%d.%02d' % (c // 100, c % 100)


# ---------------------------------------------------------------------------------------------------------------
# Data, checks, timing


def load_manifest(d):
    with open(os.path.join(d, 'manifest.json'), encoding='utf-8') as f:
        return json.load(f)


def load_matrix(d, case, m):
    X = np.fromfile(os.path.join(d, case['matrix']), dtype='<f8')
    return X.reshape(m['indicators'], case['units'])


def relative_gap(a, b):
    """Largest |a - b| / max(|a|, |b|) over cells where both are numbers; inf if NaN positions differ."""
    na, nb = np.isnan(a), np.isnan(b)
    if not np.array_equal(na, nb):
        return math.inf
    a, b = a[~na], b[~nb]
    scale = np.maximum(np.abs(a), np.abs(b))
    gap = np.abs(a - b)
    with np.errstate(invalid='ignore', divide='ignore'):
        rel = np.where(scale > 0, gap / scale, 0.0)
    return float(rel.max()) if rel.size else 0.0


def check(d):
    m = load_manifest(d)
    failures = 0
    for case in m['cases']:
        name = '%s %d%s' % (case['workload'], case['units'], ' x %d draws' % case['draws'] if case['draws'] else '')
        if case['workload'] == 'GITOC':
            ok, detail = check_gitoc(d, case)
        elif case['workload'] == 'MONTE_CARLO':
            ok, detail = check_monte_carlo(d, case, m)
        else:
            X = load_matrix(d, case, m)
            s, r = SCORING[case['workload']](X, m)
            js = np.fromfile(os.path.join(d, case['scores']), dtype='<f8')
            jr = np.fromfile(os.path.join(d, case['ranks']), dtype='<i4')
            gap = relative_gap(js, s)
            same = np.array_equal(jr, r)
            ok = gap <= SCORE_TOLERANCE and same
            detail = 'scores max relative gap %.2e (limit %.0e), ranks %s' % (
                gap, SCORE_TOLERANCE, 'identical' if same else
                '%d of %d differ' % (int(np.count_nonzero(jr != r)), r.shape[0]))
        print('%-5s %-28s %s' % ('ok' if ok else 'FAIL', name, detail))
        failures += 0 if ok else 1
    return failures


def check_monte_carlo(d, case, m):
    X = load_matrix(d, case, m)
    W = np.fromfile(os.path.join(d, case['weights']), dtype='<f8').reshape(case['draws'], m['indicators'])
    summary, ranks = monte_carlo(X, m, W)
    js = np.fromfile(os.path.join(d, case['summary']), dtype='<f8').reshape(len(QUANTILES), case['units'])
    jr = np.fromfile(os.path.join(d, case['ranks']), dtype='<i4').reshape(len(case['rankedDraws']), case['units'])
    same = all(np.array_equal(jr[i], ranks[draw]) for i, draw in enumerate(case['rankedDraws']))
    gap = relative_gap(js.ravel(), summary.ravel())
    ok = same and gap <= SCORE_TOLERANCE
    return ok, 'same %d weight draws: ranks of draws %s %s; rank percentiles (5, 50, 95) max relative gap %.2e' % (
        case['draws'], case['rankedDraws'], 'identical' if same else 'DIFFER', gap)


def check_gitoc(d, case):
    with open(os.path.join(d, case['csv']), encoding='utf-8') as f:
        text = f.read()
    with open(os.path.join(d, case['result']), encoding='utf-8') as f:
        java = json.load(f)
    published, sheet = gitoc(text)
    problems = []
    for key, (cents, ranks) in published.items():
        mine = [cents_text(int(c)) for c in cents]
        theirs = java['composites'][key]
        if mine != theirs['published']:
            problems.append('%s published values differ' % key)
        if list(map(int, ranks)) != theirs['ranks']:
            problems.append('%s ranks differ' % key)
        printed = [float(x) for x in sheet[key]]
        if any(abs(int(c) / 100 - p) > 1e-9 for c, p in zip(cents, printed)):
            problems.append('%s differs from the sheet' % key)
    count = len(java['countries'])
    return not problems, ('; '.join(problems) if problems else
                          '4 composites x %d countries: published values and ranks identical, and equal to the sheet'
                          % count)


def timed(fn, warmup_seconds, min_warmup, repeats, budget):
    """timeit-style: warm up, then the median of up to `repeats` runs (at least 3) within `budget` seconds."""
    gc_was = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter()
        runs = 0
        last = 0.0
        while runs < min_warmup or time.perf_counter() - start < warmup_seconds:
            t0 = time.perf_counter()
            fn()
            last = time.perf_counter() - t0
            runs += 1
        count = int(max(3, min(repeats, budget / max(last, 1e-9))))
        times = []
        for _ in range(count):
            t0 = time.perf_counter()
            fn()
            times.append((time.perf_counter() - t0) * 1e3)
    finally:
        if gc_was:
            gc.enable()
    times_sorted = sorted(times)
    k = len(times_sorted)
    median = times_sorted[k // 2] if k % 2 else (times_sorted[k // 2 - 1] + times_sorted[k // 2]) / 2
    return {'median_ms': median, 'min_ms': times_sorted[0], 'max_ms': times_sorted[-1], 'runs': k,
            'warmup_runs': runs}


def time_all(d, only=None):
    """Times every case of DIR's manifest, or only the one `only` names: (workload, units, draws, threads)."""
    m = load_manifest(d)
    quick = m.get('quick', False)
    settings = (0.5, 2, 5, 3.0) if quick else (3.0, 2, 10, 20.0)
    facts = info()
    out_path = os.path.join(d, 'numpy-times.jsonl')
    found = False
    with open(out_path, 'a' if only else 'w', encoding='utf-8') as out:
        for case in m['cases']:
            for threads in case['threads']:
                if only and (case['workload'], case['units'], case['draws'], threads) != only:
                    continue
                found = True
                controlled = set_blas_threads(threads)
                case_settings = settings
                if case['workload'] == 'GITOC':
                    with open(os.path.join(d, case['csv']), encoding='utf-8') as f:
                        text = f.read()
                    fn = (lambda t: lambda: gitoc(t))(text)
                    indicators = 32
                    # A run takes a few milliseconds: as many timed runs as on the Java side (Compare.GITOC_RUNS).
                    case_settings = (0.5, 2, 25, 3.0) if quick else (3.0, 2, 1000, 20.0)
                elif case['workload'] == 'MONTE_CARLO':
                    X = load_matrix(d, case, m)
                    W = np.fromfile(os.path.join(d, case['weights']), dtype='<f8').reshape(
                        case['draws'], m['indicators'])
                    fn = (lambda x, w: lambda: monte_carlo(x, m, w))(X, W)
                    indicators = m['indicators']
                else:
                    X = load_matrix(d, case, m)
                    fn = (lambda x, w: lambda: SCORING[w](x, m))(X, case['workload'])
                    indicators = m['indicators']
                t = timed(fn, *case_settings)
                row = {'workload': case['workload'], 'units': case['units'], 'indicators': indicators,
                       'draws': case['draws'], 'threads': threads, 'blas_threads': blas_threads(),
                       'blas_threads_controlled': controlled, 'blas_kernel': facts['blas_kernel']}
                row.update(t)
                out.write(json.dumps(row) + '\n')
                out.flush()
                print('numpy %-12s %8d %6s  threads %d  median %10.2f ms' % (
                    case['workload'], case['units'], case['draws'] or '', threads, t['median_ms']), flush=True)
    set_blas_threads(facts['blas_threads'] or 1)
    if only and not found:
        raise SystemExit('workloads.py: no case %s %d %d threads %d in %s' % (only + (d,)))


TARGETS = {  # (workload, units, draws) -> (largest Java/numpy ratio, what the issue asks)
    ('FLAT', 1_000_000, 0): (1 / 3, '>= 3x faster'),
    ('TOPSIS', 1_000_000, 0): (1 / 3, '>= 3x faster'),
    ('MONTE_CARLO', 200, 10_000): (1 / 2, '>= 2x faster'),
}


def table(d):
    def read(name):
        rows = {}
        path = os.path.join(d, name)
        if os.path.exists(path):
            with open(path, encoding='utf-8') as f:
                for line in f:
                    line = line.strip()
                    if line.startswith('{'):
                        r = json.loads(line)
                        rows[(r['workload'], r['units'], r['draws'], r['threads'])] = r
        return rows

    java, numpy = read('java-times.jsonl'), read('numpy-times.jsonl')
    # A quick run's warm-up leaves much of the Java code to the JIT's first compiler: its times check the chain,
    # and no target is judged on them.
    quick = load_manifest(d).get('quick', False)
    head = ('workload', 'units x indicators', 'draws', 'threads', 'Java ms', 'numpy ms', 'Java/numpy', 'target',
            'met')
    lines = []
    for key in java:
        j = java[key]
        p = numpy.get(key)
        ratio = j['median_ms'] / p['median_ms'] if p else math.nan
        limit, text = TARGETS.get(key[:3], (1.0, 'at least as fast'))
        met = 'not judged' if quick else 'yes' if ratio <= limit else 'no'
        lines.append((key[0], '%d x %d' % (key[1], j['indicators']), str(key[2] or ''), str(key[3]),
                      '%.2f' % j['median_ms'], '%.2f' % p['median_ms'] if p else '-',
                      '%.3f' % ratio if p else '-', text, met if p else '-'))
        if key[0] == 'FLAT' and key[1] == 1_000_000 and key[3] == 1:
            cells = key[1] * j['indicators'] / (j['median_ms'] / 1e3)
            lines.append(('FLAT cells/s', '%d x %d' % (key[1], j['indicators']), '', '1', '%.3g' % cells, '', '',
                          '>= 5e8 cells/s', 'not judged' if quick else 'yes' if cells >= 5e8 else 'no'))
    widths = [max(len(h), *(len(r[i]) for r in lines)) if lines else len(h) for i, h in enumerate(head)]
    fmt = '  '.join('%%-%ds' % w for w in widths)
    print(fmt % head)
    for r in lines:
        print(fmt % r)
    note = ('Quick run: short warm-up, so Java runs partly unoptimised code and the ratios are not comparable with a'
            ' full run\'s; targets are judged only by a full run (compare.sh without --quick).')
    if quick:
        print(note)
    kernel = {j.get('vector_api') for j in java.values()}
    kernel_note = ('Java ran with the Vector API\'s range passes (--add-modules jdk.incubator.vector).' if kernel == {True}
                   else 'Java ran without the Vector API\'s range passes.' if kernel <= {False, None}
                   else 'Java ran with the Vector API\'s range passes in some cases only.')
    print(kernel_note)
    memory_note = ''
    info_path = os.path.join(d, 'numpy-info.json')
    if os.path.exists(info_path):
        with open(info_path, encoding='utf-8') as f:
            facts = json.load(f)
        kept = (facts.get('env') or {}).get('MALLOC_TRIM_THRESHOLD_')
        memory_note = ('numpy ran %s; fresh memory cost %.2f us per 4 KiB page.' % (
            'keeping its freed memory (glibc MALLOC_MMAP_THRESHOLD_ and MALLOC_TRIM_THRESHOLD_ set)' if kept
            else "with glibc's default malloc settings", facts.get('page_fault_us', math.nan)))
        print(memory_note)
    with open(os.path.join(d, 'table.md'), 'w', encoding='utf-8') as f:
        f.write('| ' + ' | '.join(head) + ' |\n')
        f.write('|' + '|'.join('---' for _ in head) + '|\n')
        for r in lines:
            f.write('| ' + ' | '.join(r) + ' |\n')
        if quick:
            f.write('\n' + note + '\n')
        f.write('\n' + kernel_note + '\n')
        if memory_note:
            f.write('\n' + memory_note + '\n')


def main(argv):
    if len(argv) < 2 or argv[1] not in ('info', 'check', 'time', 'table'):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[1] == 'info':
        facts = info()
        facts['page_fault_us'] = page_fault_us()
        print(json.dumps(facts, indent=1, default=str))
        return 0
    if argv[1] == 'check':
        return 1 if check(argv[2]) else 0
    if argv[1] == 'time':
        only = None
        if len(argv) == 7:
            only = (argv[3], int(argv[4]), int(argv[5]), int(argv[6]))
        time_all(argv[2], only)
        return 0
    table(argv[2])
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
