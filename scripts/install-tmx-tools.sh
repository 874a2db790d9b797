#!/usr/bin/env bash
# install-tmx-tools.sh — install the TMX consumers used by scripts/check-tmx.sh
# (Debian/Ubuntu; run as root or via sudo):
#   libxml2-utils     xmllint (DTD validation; all --quick needs)
#   translate-toolkit translate.storage.tmx (python3-translate)
#   omegat            OmegaT 3.6 (pulls in a Java runtime)
set -euo pipefail

SUDO=
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; fi
export DEBIAN_FRONTEND=noninteractive

pkgs=(libxml2-utils translate-toolkit omegat)
if [ "${1:-}" = "--quick" ]; then pkgs=(libxml2-utils); fi

$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${pkgs[@]}"
