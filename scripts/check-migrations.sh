#!/usr/bin/env bash
# Fails when the model has changes that no migration captures, for either provider.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  if ! dotnet ef migrations has-pending-model-changes --project src/Paritas.Web --context "${provider}AppDbContext" --no-build --configuration "${PARITAS_CONFIGURATION:-${CONFIGURATION:-Debug}}" >/dev/null 2>&1; then
    echo "The model has changes without a $provider migration: run scripts/add-migration.sh <Name>." >&2
    dotnet ef migrations has-pending-model-changes --project src/Paritas.Web --context "${provider}AppDbContext" --no-build --configuration "${PARITAS_CONFIGURATION:-${CONFIGURATION:-Debug}}" >&2 || true
    exit 1
  fi
done
echo "Migrations match the model for SQLite and PostgreSQL."
