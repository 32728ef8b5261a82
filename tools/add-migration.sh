#!/usr/bin/env bash
# Adds migration NAME to every module DbContext (or only those under DIR), once per provider:
#   tools/add-migration.sh AddUnitSortOrder [modules/Portal.Organization]
# A module DbContext X has two flavours, SqliteXDbContext and PostgreSqlXDbContext, whose
# migrations live in Migrations/Sqlite and Migrations/PostgreSql of the module.
set -euo pipefail
name=${1:?usage: tools/add-migration.sh NAME [DIR]}
only=${2:-}
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/Portal.Web >/dev/null

grep -rlE --include='*.cs' 'class Sqlite[A-Za-z]+DbContext\b' ${only:-src modules} | while read -r file; do
  project=$(dirname "$file")
  while [ ! -f "$project/$(basename "$project").csproj" ]; do project=$(dirname "$project"); done
  for context in $(grep -oE 'class Sqlite[A-Za-z]+DbContext\b' "$file" | sed 's/class Sqlite//'); do
    for provider in Sqlite PostgreSql; do
      echo "== $project: $provider$context"
      # The design-time host only reads the provider; no database is contacted.
      connection='Data Source=App_Data/design.db'
      [ "$provider" = PostgreSql ] && connection='Host=localhost;Database=design'
      Portal__Database__Provider=$provider ConnectionStrings__Portal=$connection \
        dotnet ef migrations add "$name" --no-build \
          --project "$project" --startup-project src/Portal.Web \
          --context "$provider$context" --output-dir "Migrations/$provider"
    done
    # A module shows nothing public outside its Contracts; EF finds internal migrations too.
    sed -i 's/^    public partial class/    internal partial class/' "$project"/Migrations/*/*.cs
  done
done
