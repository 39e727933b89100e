#!/usr/bin/env bash
# `npm run bench:ci -- [runs]`: the wall time of CI's two paths (.github/workflows/ci.yml) on this machine,
# each in a fresh clone of HEAD, `runs` times (3 by default), one after the other:
#
# - content: an editor's pull request that adds one post. Its caches are those main's run left (a build of
#   HEAD in a clone of its own, as the full job's `npm test` builds the site with the same settings), as
#   actions/cache restores them. Then the classify job's commands and the content job's: npm ci, classify,
#   npm run check, npm run build (without the type check, as there), npm run test:content.
# - full: any other pull request, from no caches: npm ci, npm run check, lint, typecheck, npm test.
#
# Not counted: checkout, setting up Node, uploading artifacts, and installing Chromium (already here).
# npm's own download cache is warm, as actions/setup-node's `cache: npm` keeps it. Writes the times to
# .bench/results/ci-<timestamp>.txt. A benchmark, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
root="$(pwd)/.bench/ci"
results="$(pwd)/.bench/results/ci-$(date -u +%Y-%m-%dT%H-%M-%S).txt"
mkdir -p "$root" "$(dirname "$results")"
rm -rf "$root"/*
head="$(git rev-parse HEAD)"
log() { echo "$*" | tee -a "$results"; }
log "CI wall time at $head, $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# Seconds `bash -c "$2"` takes in folder $1, with its output in $1.log; stops the script if it fails.
timed() {
  local started=$SECONDS
  if ! (cd "$1" && bash -c "$2") >>"$1.log" 2>&1; then
    echo "failed: $2 (see $1.log)" >&2
    exit 1
  fi
  echo $((SECONDS - started))
}

# In folder $1, the named commands ($3 $4, $5 $6, ...) one after the other; logs their total under label $2.
steps() {
  local dir=$1 label=$2 total=0 parts=() seconds
  shift 2
  while [ $# -gt 0 ]; do
    seconds=$(timed "$dir" "$2")
    total=$((total + seconds))
    parts+=("$1 $seconds")
    shift 2
  done
  log "$label: $total s ($(IFS=,; echo "${parts[*]}" | sed 's/,/, /g'))"
}

clone() {
  rm -rf "$1" "$1.log"
  git clone --quiet --no-local "$(pwd)" "$1"
  git -C "$1" checkout --quiet "$head"
}

# main's caches: what the full job on main keeps (.cache, .next/cache) after building the site.
clone "$root/main"
timed "$root/main" "npm ci && npm run build" >/dev/null

for run in $(seq 1 "$runs"); do
  pr="$root/content-$run"
  clone "$pr"
  cp -r "$root/main/.cache" "$pr/.cache"
  mkdir -p "$pr/.next" && cp -r "$root/main/.next/cache" "$pr/.next/cache"
  # The pull request: one new writeup, a copy of the newest post under a new date and title.
  newest="$(ls "$pr/posts" | sort | tail -1)"
  sed 's/^title: .*/title: "One more meetup"/' "$pr/posts/$newest" >"$pr/posts/2026-11-30-one-more-meetup.md"
  git -C "$pr" add posts && git -C "$pr" -c user.name=ci -c user.email=ci@example.com commit --quiet -m "Add a post"
  steps "$pr" "content run $run" "npm ci" "npm ci" classify "npm run ci:classify -- $head" check "npm run check" \
    build "npm run build" test:content "CI=true npm run test:content"
  rm -rf "$pr"
done

for run in $(seq 1 "$runs"); do
  full="$root/full-$run"
  clone "$full"
  steps "$full" "full run $run" "npm ci" "npm ci" "check + lint + typecheck" \
    "npm run check && npm run lint && npm run typecheck" "npm test" "CI=true npm test"
  rm -rf "$full"
done
log "load $(cut -d' ' -f1-3 /proc/loadavg) after"
