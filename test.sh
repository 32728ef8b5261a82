#!/usr/bin/env bash
# The one test command. Installs what the tests need when it is missing, builds the solution,
# starts a throwaway PostgreSQL and runs every test tier:
#   1. every test project under tests/ on SQLite (the default database);
#   2. the tests marked [DatabaseSensitive] again on PostgreSQL.
# Every test process of the run copies one set-up site (per database) made by the first that
# needs it (PORTAL_TEST_TEMPLATES). It prints each project's time, then the slowest ten test
# classes; the last line is `tests: N passed, N failed` (`, N skipped` when any); the exit code
# is 0 only when nothing failed.
#
# Environment:
#   PORTAL_TEST_FILTER=EXPR   run only the tests matching `dotnet test --filter EXPR`
#   SKIP_POSTGRES=1           skip the PostgreSQL tier (and installing and starting PostgreSQL)
#   PORTAL_TEST_LANES=N       test projects run at once (one more than the cores by default)
#   PORTAL_TEST_ARTIFACTS=DIR where the browser tier saves its screenshots (DIR/screenshots);
#                             artifacts/ of the repository (git-ignored) by default
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# Build nodes that outlive the build would hold CI's output open.
export MSBUILDDISABLENODEREUSE=1
# Test processes live for seconds to a minute: dynamic PGO's instrumented code costs more than it
# pays back there (Portal.Explainers.Tests, two runs each: 10.6 s with it, 9.5 s without).
export DOTNET_TieredPGO=0
# Each tier sets the database itself.
unset PORTAL_TEST_DATABASE PORTAL_TEST_POSTGRES PORTAL_TEST_TEMPLATES
export PORTAL_TEST_ARTIFACTS="${PORTAL_TEST_ARTIFACTS:-$PWD/artifacts}"

passed=0
failed=0
skipped=0
failures=()
results=""   # trx files of this run
timings=()   # "seconds project (label)" per test project run
pg_root=""   # throwaway PostgreSQL: data/, socket, logs
pg_bin=""
as_pg=()     # prefix that runs the PostgreSQL binaries as their owner

header() { printf '\n==== %s ====\n' "$*"; }
as_root() {
    if [ "$(id -u)" -eq 0 ]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        echo "needs root or sudo: $*" >&2
        return 1
    fi
}

apt_updated=0
apt_install() {
    if [ "$apt_updated" -eq 0 ]; then
        as_root apt-get update -q
        apt_updated=1
    fi
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "$@"
}

# --- what the tests need -------------------------------------------------------------------

find_postgres() {
    local initdb
    initdb=$(printf '%s\n' /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)
    if [ -x "$initdb" ]; then pg_bin=${initdb%/initdb}; else pg_bin=""; fi
}

ensure_postgres() {
    find_postgres
    if [ -z "$pg_bin" ]; then
        header "installing PostgreSQL"
        apt_install postgresql
        find_postgres
    fi
    [ -n "$pg_bin" ] || { echo "no initdb under /usr/lib/postgresql/*/bin" >&2; return 1; }
}

# Browser tests (tests/Portal.Browser.Tests) drive Debian's headless Chromium through its
# chromedriver; pages are Chinese, so a CJK font too. axe-core comes from that project's lock file.
ensure_browser() {
    local missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    [ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
    fc-list :lang=zh 2>/dev/null | grep -q . || missing+=(fonts-noto-cjk)
    if [ ${#missing[@]} -gt 0 ]; then
        header "installing ${missing[*]}"
        apt_install "${missing[@]}"
    fi
    if [ ! -d tests/Portal.Browser.Tests/node_modules ]; then
        (cd tests/Portal.Browser.Tests && npm ci --ignore-scripts --no-audit --no-fund)
    fi
}

# --- throwaway PostgreSQL ------------------------------------------------------------------

pg() {
    (cd "$pg_root" && "${as_pg[@]}" "$pg_bin/$1" "${@:2}")
}

port_busy() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

start_postgres() {
    pg_root=$(mktemp -d "${TMPDIR:-/tmp}/portal-pg.XXXXXX")
    as_pg=()
    if [ "$(id -u)" -eq 0 ]; then
        # initdb refuses to run as root.
        local owner=postgres
        id -u "$owner" >/dev/null 2>&1 || owner=nobody
        chown "$owner:" "$pg_root"
        as_pg=(runuser -u "$owner" --)
    fi
    if ! pg initdb -D "$pg_root/data" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 \
        >"$pg_root/initdb.log" 2>&1; then
        cat "$pg_root/initdb.log" >&2
        return 1
    fi
    local port
    for port in 55432 55433 55434 55435 55436 55437 55438 55439 55440 55441; do
        port_busy "$port" && continue
        if pg pg_ctl -D "$pg_root/data" -l "$pg_root/server.log" -w \
            -o "-p $port -k $pg_root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
            start >/dev/null; then
            export PORTAL_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
            echo "PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
            return 0
        fi
    done
    tail -n 20 "$pg_root/server.log" >&2 || true
    return 1
}

stop_postgres() {
    [ -n "$pg_root" ] || return 0
    if [ -f "$pg_root/data/postmaster.pid" ]; then
        pg pg_ctl -D "$pg_root/data" -m immediate stop >/dev/null 2>&1 || true
    fi
    rm -rf "$pg_root"
    pg_root=""
}

# --- running and counting -----------------------------------------------------------------

# Prints "total executed passed failed" from the <Counters> element of a trx file; errors,
# time-outs and aborted tests count as failed.
trx_counters() {
    awk '/<Counters / {
        n = split("total executed passed failed error timeout aborted", key, " ")
        for (i = 1; i <= n; i++) {
            v[i] = 0
            if (match($0, " " key[i] "=\"[0-9]+\"")) {
                s = substr($0, RSTART, RLENGTH); gsub(/[^0-9]/, "", s); v[i] = s + 0
            }
        }
        print v[1], v[2], v[3], v[4] + v[5] + v[6] + v[7]
        found = 1
        exit
    }
    END { if (!found) exit 1 }' "$1"
}

# run_project LABEL PROJECT [NAME=VALUE...]: runs one test project with the settings given,
# its output into $results/LABEL-NAME.log and its exit code and seconds into LABEL-NAME.status.
# Runs in the background beside other projects (see run_queue).
run_project() {
    local label=$1 project=$2
    shift 2
    local name rc=0 started=$SECONDS
    name=$(basename "$project" .csproj)
    # The built assembly rather than the project: no MSBuild evaluation and no hang-blame data
    # collector per run (about a second each); `timeout` ends a run that hangs.
    local args=(test "$(dirname "$project")/bin/Release/net10.0/$name.dll" --nologo
        --logger "trx;LogFileName=$label-$name.trx" --results-directory "$results")
    local filter=${PORTAL_TEST_FILTER:-} setting
    for setting in "$@"; do
        case "$setting" in PORTAL_TEST_FILTER=*) filter=${setting#PORTAL_TEST_FILTER=} ;; esac
    done
    if [ -n "$filter" ]; then args+=(--filter "$filter"); fi
    timeout --kill-after=30s 15m env "$@" dotnet "${args[@]}" >"$results/$label-$name.log" 2>&1 </dev/null || rc=$?
    echo "$rc $((SECONDS - started))" >"$results/$label-$name.status"
}

# count_project LABEL PROJECT: prints a finished project's output and adds up its results.
count_project() {
    local label=$1 name
    name=$(basename "$2" .csproj)
    local base="$results/$label-$name" rc=1 seconds=0
    header "$name ($label)"
    cat "$base.log" 2>/dev/null || true
    if [ -f "$base.status" ]; then read -r rc seconds <"$base.status"; fi

    local total=0 executed=0 ok=0 bad=0 counters
    if [ -f "$base.trx" ] && counters=$(trx_counters "$base.trx"); then
        read -r total executed ok bad <<<"$counters"
    fi
    if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
        bad=$((bad + 1))
        failures+=("$name ($label): stopped after 15 minutes (a test hangs)")
    elif [ "$rc" -ne 0 ] && [ "$bad" -eq 0 ]; then
        bad=1
        failures+=("$name ($label): did not run to the end (dotnet test exited $rc)")
    elif [ "$bad" -gt 0 ]; then
        failures+=("$name ($label): $bad failed")
    elif [ ! -f "$base.trx" ] && grep -q 'No test matches the given testcase filter' "$base.log"; then
        : # a filter that leaves this project nothing to run
    elif [ ! -f "$base.trx" ]; then
        bad=1
        failures+=("$name ($label): no test results (is it in Portal.sln?)")
    fi
    passed=$((passed + ok))
    failed=$((failed + bad))
    skipped=$((skipped + total - executed))
    timings+=("$seconds $name ($label)")
    printf -- '-> %s (%s): %d passed, %d failed, %d skipped in %ds\n' \
        "$name" "$label" "$ok" "$bad" "$((total - executed))" "$seconds"
}

# run_queue: runs the jobs of the queue array (LABEL, PROJECT and NAME=VALUE settings joined by
# $sep, a character no filter holds), $lanes at a time, and counts each as it finishes: several
# lanes keep the cores busy through each process's start-up and its waiting stretches.
run_queue() {
    local -A running=()
    local job pid
    for job in "${queue[@]}"; do
        while [ ${#running[@]} -ge "$lanes" ]; do
            wait -n -p pid "${!running[@]}" || true
            count_job "${running[$pid]}"
            unset "running[$pid]"
        done
        local -a fields
        IFS=$sep read -ra fields <<<"$job"
        run_project "${fields[@]}" &
        running[$!]=$job
    done
    while [ ${#running[@]} -gt 0 ]; do
        wait -n -p pid "${!running[@]}" || true
        count_job "${running[$pid]}"
        unset "running[$pid]"
    done
}

count_job() {
    local -a fields
    IFS=$sep read -ra fields <<<"$1"
    count_project "${fields[0]}" "${fields[1]}"
}

# Prints the test projects by time, then the ten test classes whose tests took longest (the
# sum of their tests' durations in the trx files, so a class's site start-up is in its first test).
print_timings() {
    [ ${#timings[@]} -gt 0 ] || return 0
    header "time per test project (seconds; all tests in $((SECONDS - tests_started)) s, $lanes at a time)"
    printf '%s\n' "${timings[@]}" | sort -rn | awk '{ printf "  %5d  %s\n", $1, substr($0, index($0, " ") + 1) }'
    local trx
    trx=("$results"/*.trx)
    [ ${#trx[@]} -gt 0 ] && [ -e "${trx[0]}" ] || return 0
    header "slowest ten test classes (seconds, sum of their tests)"
    for file in "${trx[@]}"; do
        local label=${file##*/}
        label=${label%%-*}
        awk -v label="$label" '
            /<UnitTestResult / {
                if (!match($0, / testName="[^"(]*/)) next
                name = substr($0, RSTART + 11, RLENGTH - 11)
                sub(/\.[^.]*$/, "", name)
                if (!match($0, / duration="[0-9:.]*"/)) next
                split(substr($0, RSTART + 11, RLENGTH - 12), t, ":")
                sum[name " (" label ")"] += t[1] * 3600 + t[2] * 60 + t[3]
            }
            END { for (c in sum) printf "%.1f %s\n", sum[c], c }' "$file"
    done | sort -rn | head -n 10 | awk '{ printf "  %7.1f  %s\n", $1, $2 " " $3 }'
}

is_test_project() {
    case "$(basename "$1")" in *Tests.csproj) return 0 ;; esac
    [ "$(dotnet msbuild "$1" -getProperty:IsTestProject 2>/dev/null)" = true ]
}

finish() {
    local rc=$?
    trap - EXIT INT TERM
    local running
    running=$(jobs -p)
    # `timeout` runs each test in a process group of its own: stop it (it passes TERM on), then the job.
    local job
    for job in $running; do pkill -TERM -P "$job" 2>/dev/null || true; done
    if [ -n "$running" ]; then kill $running 2>/dev/null || true; fi
    print_timings || true
    stop_postgres
    [ -z "$results" ] || rm -rf "$results"
    [ -z "${PORTAL_TEST_TEMPLATES:-}" ] || rm -rf "$PORTAL_TEST_TEMPLATES"
    if [ -n "${CI:-}" ]; then dotnet build-server shutdown >/dev/null 2>&1 || true; fi
    if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
    if [ ${#failures[@]} -gt 0 ]; then
        header "failures"
        printf '  %s\n' "${failures[@]}"
    fi
    echo
    if [ -d "$PORTAL_TEST_ARTIFACTS/screenshots" ]; then
        echo "browser screenshots: $PORTAL_TEST_ARTIFACTS/screenshots"
    fi
    local line="tests: $passed passed, $failed failed"
    if [ "$skipped" -gt 0 ]; then line+=", $skipped skipped"; fi
    echo "$line"
    if [ "$failed" -gt 0 ]; then exit 1; fi
    exit 0
}
trap finish EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- main ---------------------------------------------------------------------------------

use_postgres=1
if [ "${SKIP_POSTGRES:-}" = 1 ]; then use_postgres=0; fi

if [ "$use_postgres" -eq 1 ] && ! ensure_postgres; then
    failures+=("PostgreSQL could not be installed")
    failed=$((failed + 1))
    use_postgres=0
fi
if ! ensure_browser; then
    failures+=("the browser tier's Chromium, chromedriver or axe-core could not be installed")
    failed=$((failed + 1))
fi

header "build"
build_started=$SECONDS
if ! { dotnet tool restore && dotnet restore Portal.sln &&
    dotnet build Portal.sln --no-restore -c Release -nologo; }; then
    failures+=("the build failed")
    exit 1
fi
echo "-> restore and build in $((SECONDS - build_started))s"
tests_started=$SECONDS

shopt -s nullglob
tests=()
postgres_tests=()
sqlite_only=()
for project in tests/*/*.csproj; do
    if is_test_project "$project"; then
        tests+=("$project")
        only_sqlite=0
        if grep -q '<SqliteOnly>true' "$project"; then sqlite_only+=("$project"); only_sqlite=1; fi
        # PostgreSQL runs the tests marked [DatabaseSensitive] of the projects on the shared site
        # (Portal.Testing); a project marked <SqliteOnly>true</SqliteOnly> (the browser tier) runs once.
        if grep -q 'Portal\.Testing\.csproj' "$project" && [ "$only_sqlite" -eq 0 ] &&
            grep -rqs --include='*.cs' '\[DatabaseSensitive(' "$(dirname "$project")"; then
            postgres_tests+=("$project")
        fi
    fi
done
if [ ${#tests[@]} -eq 0 ]; then
    echo "no test projects under tests/"
    exit 0
fi

results=$(mktemp -d "${TMPDIR:-/tmp}/portal-tests.XXXXXX")
# The set-up site every test process copies, made once per database by the first that needs it.
PORTAL_TEST_TEMPLATES=$(mktemp -d "${TMPDIR:-/tmp}/portal-templates.XXXXXX")
export PORTAL_TEST_TEMPLATES

if [ "$use_postgres" -eq 1 ]; then
    header "starting PostgreSQL"
    if ! start_postgres; then
        failures+=("PostgreSQL did not start")
        failed=$((failed + 1))
        use_postgres=0
    fi
fi

# Screenshots are of this run only.
rm -rf "$PORTAL_TEST_ARTIFACTS/screenshots"
# One lane more than cores: each test process waits at times (its start, timers, the browser).
lanes=${PORTAL_TEST_LANES:-$(($(nproc) + 1))}
[[ $lanes =~ ^[1-9][0-9]*$ ]] || { echo "PORTAL_TEST_LANES must be a positive number, not “$lanes”" >&2; exit 2; }
sep=$'\x1f'
queue=()
# The browser tier first: it is the longest, and the others fill the second lane meanwhile.
for project in "${sqlite_only[@]}"; do queue+=("SQLite$sep$project"); done
for project in "${tests[@]}"; do
    case " ${sqlite_only[*]} " in *" $project "*) ;; *) queue+=("SQLite$sep$project") ;; esac
done

if [ ${#postgres_tests[@]} -eq 0 ]; then
    echo
    echo "no test is marked [DatabaseSensitive]: no PostgreSQL tier"
elif [ "${SKIP_POSTGRES:-}" = 1 ]; then
    echo
    echo "PostgreSQL tier skipped (SKIP_POSTGRES=1)"
elif [ "$use_postgres" -eq 1 ]; then
    sensitive="Category=DatabaseSensitive"
    if [ -n "${PORTAL_TEST_FILTER:-}" ]; then sensitive="($sensitive)&($PORTAL_TEST_FILTER)"; fi
    for project in "${postgres_tests[@]}"; do
        queue+=("PostgreSQL$sep$project${sep}PORTAL_TEST_DATABASE=PostgreSql${sep}PORTAL_TEST_FILTER=$sensitive")
    done
fi
run_queue
