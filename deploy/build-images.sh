#!/usr/bin/env bash
# Builds the three service images and the web console's (JVM mode, fast-jar, non-root) with the names and tags of
# deploy/images.env. Usage: deploy/build-images.sh [production|local] [--push]
# Needs a container engine (docker or podman) and a packaged build: ./mvnw package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
source deploy/images.env
target=${1:-production}
if [ "$target" = local ]; then registry=$MUTABAA_LOCAL_REGISTRY; tag=$MUTABAA_LOCAL_TAG; else registry=$MUTABAA_REGISTRY; tag=$MUTABAA_TAG; fi
engine=$(command -v podman || command -v docker)
for service in meetings-service actions-service notifications-service console; do
  test -f "$service/target/quarkus-app/quarkus-run.jar" || { echo "run ./mvnw package -DskipTests first" >&2; exit 1; }
  "$engine" build -f "$service/src/main/docker/Dockerfile.jvm" -t "$registry/$service:$tag" "$service"
  if [ "${2:-}" = --push ]; then "$engine" push "$registry/$service:$tag"; fi
done
