#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Runs a command against a real Prometheus that demands HTTP basic auth through its own
# --web.config.file (bcrypt users). The password is random and made here, at test time;
# only its bcrypt hash (htpasswd -B, apache2-utils) is ever written to a file.
# usage: with-basic-auth-prometheus.sh OPENMETRICS_FILE CMD [ARGS...]
# The command sees PROM_URL (from with-prometheus.sh), SLA_BASIC_USER, SLA_BASIC_PASSWORD
# and SLA_WEB_CONFIG, and TMPDIR points into a scratch folder that holds everything this
# run writes outside HOME (Prometheus' data dir and log included), so a test can search it.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
om=$1; shift
cache="${TMPDIR:-/tmp}/sladesk-tsdb-cache"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/tmp"

user=sladesk-ci
password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')
# -i: the password comes from stdin (never on a command line); -n: print, do not write a file.
hash=$(printf %s "$password" | htpasswd -niB -C 5 "$user" | head -n 1 | cut -d: -f2-)
case "$hash" in
  '$2'?'$'*) ;;
  *) echo "with-basic-auth-prometheus: htpasswd made no bcrypt hash" >&2; exit 1 ;;
esac
printf "basic_auth_users:\n  %s: '%s'\n" "$user" "$hash" > "$scratch/web-config.yml"

export SLA_BASIC_USER=$user SLA_BASIC_PASSWORD=$password SLA_WEB_CONFIG=$scratch/web-config.yml
export TMPDIR=$scratch/tmp
set +e
"$here/with-prometheus.sh" --web-config "$scratch/web-config.yml" --cache "$cache" "$om" "$@"
exit $?
