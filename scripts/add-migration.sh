#!/usr/bin/env bash
# Generates a migration for both providers at once (migrations are never hand-edited).
#   scripts/add-migration.sh AddChanges
set -euo pipefail
cd "$(dirname "$0")/.."
name=${1:?usage: scripts/add-migration.sh MigrationName}
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project src/Paritas.Web --context "${provider}AppDbContext" \
    --output-dir "Data/Migrations/$provider" --namespace "Paritas.Web.Data.Migrations.$provider"
done
