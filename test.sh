#!/usr/bin/env bash
# Builds Paritas, checks formatting and runs every test suite:
#   unit, integration on SQLite, integration on PostgreSQL, browser.
# Usage: ./test.sh [unit] [sqlite] [postgres] [browser]   (no argument: all four)
# Ends with one line "N passed, N failed"; exits non-zero if anything failed or no test ran.
# docs/testing.md explains it.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"
readonly ROOT=$PWD
readonly CONFIGURATION=Release
readonly RESULTS=$ROOT/artifacts/test-results
readonly PG_PORT=${PARITAS_PG_PORT:-55432}
readonly ALL_SUITES=(unit sqlite postgres browser)

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 \
    DOTNET_CLI_WORKLOAD_UPDATE_NOTIFY_DISABLE=1 DOTNET_GENERATE_ASPNET_CERTIFICATE=false

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'test.sh: %s\n' "$*" >&2; exit 1; }

suites=()
if (($# == 0)); then
    suites=("${ALL_SUITES[@]}")
else
    for arg in "$@"; do
        case $arg in
            unit | sqlite | postgres | browser) suites+=("$arg") ;;
            *) die "unknown suite '$arg' (choose from: ${ALL_SUITES[*]})" ;;
        esac
    done
fi
wants() { [[ " ${suites[*]} " == *" $1 "* ]]; }

# --- prerequisites -----------------------------------------------------------

command -v dotnet >/dev/null 2>&1 ||
    die "dotnet is not on PATH: install the .NET SDK named in global.json ($(grep -o '"version": *"[^"]*"' global.json | grep -o '[0-9][0-9.]*'))."
dotnet --version >/dev/null 2>&1 ||
    die "dotnet cannot find the SDK global.json asks for: $(dotnet --version 2>&1 | head -3)"

newest_pg_bin() { printf '%s\n' /usr/lib/postgresql/*/bin | { grep -v '[*]' || true; } | sort -V | tail -1; }

missing=()
if wants postgres && ! [[ -x "$(newest_pg_bin)/initdb" ]]; then missing+=(postgresql); fi
if wants browser; then
    [[ -x /usr/bin/chromium ]] || missing+=(chromium)
    [[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]] || missing+=(fonts-dejavu-core)
fi
if ((${#missing[@]})); then
    if ((EUID == 0)); then
        say "Installing ${missing[*]}"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -q
        apt-get install -y -q --no-install-recommends "${missing[@]}" </dev/null
    else
        die "missing Debian packages: ${missing[*]}. Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}"
    fi
fi

if wants postgres && (exec 3<>"/dev/tcp/127.0.0.1/$PG_PORT") 2>/dev/null; then
    die "127.0.0.1:$PG_PORT is already in use (another test.sh?). Stop it, or set PARITAS_PG_PORT to a free port."
fi

# --- build and formatting ----------------------------------------------------

rm -rf "$RESULTS"
mkdir -p "$RESULTS"

say "Building Paritas.slnx ($CONFIGURATION, warnings as errors)"
dotnet build Paritas.slnx -c "$CONFIGURATION" -warnaserror -p:TreatWarningsAsErrors=true -nologo </dev/null

declare -a checks_failed=()

say "Checking formatting (dotnet format --verify-no-changes)"
if ! dotnet format Paritas.slnx --verify-no-changes --no-restore </dev/null; then
    checks_failed+=("formatting: run 'dotnet format Paritas.slnx' and commit the result")
fi

# --- throw-away PostgreSQL ---------------------------------------------------

PG_TMP=""
PG_BIN=""
as_postgres=()
# shellcheck disable=SC2317 # called by the EXIT trap
cleanup() {
    if [[ -n $PG_TMP ]]; then
        if [[ -f $PG_TMP/data/postmaster.pid ]]; then
            "${as_postgres[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
        fi
        rm -rf "$PG_TMP"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

start_postgres() {
    PG_BIN=$(newest_pg_bin)
    PG_TMP=$(mktemp -d "${TMPDIR:-/tmp}/paritas-pg.XXXXXX")
    chmod 755 "$PG_TMP"
    # PostgreSQL refuses to run as root.
    if ((EUID == 0)); then
        id postgres >/dev/null 2>&1 || die "the postgres user is missing (reinstall the postgresql package)"
        chown postgres: "$PG_TMP"
        as_postgres=(runuser -u postgres --)
    fi
    "${as_postgres[@]}" "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_TMP/initdb.log" 2>&1 ||
        { cat "$PG_TMP/initdb.log" >&2; die "initdb failed"; }
    # Durability is pointless for a database that is deleted in a minute; speed is not.
    "${as_postgres[@]}" "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/postgres.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_TMP -c max_connections=200 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >/dev/null ||
        { cat "$PG_TMP/postgres.log" >&2; die "PostgreSQL did not start"; }
    echo "PostgreSQL $("$PG_BIN/postgres" --version | grep -o '[0-9][0-9.]*' | head -1) on 127.0.0.1:$PG_PORT, data in $PG_TMP"
}

PARITAS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
if wants postgres; then
    say "Starting a throw-away PostgreSQL"
    start_postgres
fi

# --- migration check (scripts/check-migrations.sh, when the project has one) --

if [[ -f scripts/check-migrations.sh ]]; then
    say "Checking migrations (scripts/check-migrations.sh)"
    if ! PARITAS_CONFIGURATION=$CONFIGURATION PARITAS_TEST_POSTGRES=$PARITAS_TEST_POSTGRES \
        bash scripts/check-migrations.sh </dev/null; then
        checks_failed+=("migrations: scripts/check-migrations.sh failed")
    fi
fi

# --- test suites -------------------------------------------------------------

declare -A suite_rc=() suite_seconds=()

run_suite() {
    local name=$1 project=$2
    shift 2
    say "Running $name tests ($project)"
    local start=$SECONDS rc=0
    env "$@" dotnet test "$project" -c "$CONFIGURATION" --no-build --nologo \
        --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" \
        --blame-hang-timeout 10m --blame-hang-dump-type none </dev/null || rc=$?
    suite_rc[$name]=$rc
    suite_seconds[$name]=$((SECONDS - start))
}

for suite in "${suites[@]}"; do
    case $suite in
        unit) run_suite unit tests/Paritas.UnitTests ;;
        sqlite) run_suite sqlite tests/Paritas.IntegrationTests PARITAS_TEST_PROVIDER=Sqlite ;;
        postgres)
            run_suite postgres tests/Paritas.IntegrationTests PARITAS_TEST_PROVIDER=Postgres \
                "PARITAS_TEST_POSTGRES=$PARITAS_TEST_POSTGRES"
            ;;
        browser) run_suite browser tests/Paritas.BrowserTests "PARITAS_BROWSER_APP_LOG=$RESULTS/browser-app.log" ;;
    esac
done

# --- summary from the TRX files ----------------------------------------------

counter() { # counter NAME <<< "<Counters ...>"
    local value
    value=$(grep -o " $1=\"[0-9]*\"" | grep -o '[0-9][0-9]*' || true)
    echo "${value:-0}"
}

total_passed=0 total_failed=0 total_skipped=0 bad=0
say "Summary (TRX files in ${RESULTS#"$ROOT"/})"
for suite in "${suites[@]}"; do
    trx=$RESULTS/$suite.trx
    passed=0 failed=0 skipped=0 executed=0 note=""
    if [[ -f $trx ]]; then
        counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1 || true)
        passed=$(counter passed <<<"$counters")
        failed=$(($(counter failed <<<"$counters") + $(counter error <<<"$counters") + $(counter timeout <<<"$counters") + $(counter aborted <<<"$counters")))
        skipped=$(($(counter notExecuted <<<"$counters") + $(counter inconclusive <<<"$counters")))
        executed=$(counter executed <<<"$counters")
    else
        note="no TRX file: the test run did not complete"
    fi
    status=ok
    if ((failed > 0)); then
        status=FAILED
    elif [[ -n $note ]]; then
        status=FAILED
    elif ((executed == 0)); then
        status=FAILED note="ran no test"
    elif ((suite_rc[$suite] != 0)); then
        status=FAILED note="dotnet test exited with ${suite_rc[$suite]}"
    fi
    [[ $status == ok ]] || bad=1
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    total_skipped=$((total_skipped + skipped))
    line=$(printf '  %-6s  %-9s %5d passed %4d failed %4d skipped %5ds  %s' \
        "$status" "$suite" "$passed" "$failed" "$skipped" "${suite_seconds[$suite]}" "$note")
    echo "${line%"${line##*[! ]}"}"
done
for check in "${checks_failed[@]}"; do
    printf '  %-6s  %s\n' FAILED "$check"
    bad=1
done
if ((total_passed + total_failed == 0)); then
    bad=1
fi

if ((total_skipped > 0)); then
    echo "$total_passed passed, $total_failed failed, $total_skipped skipped"
else
    echo "$total_passed passed, $total_failed failed"
fi
exit $bad
