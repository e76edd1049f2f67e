#!/usr/bin/env bash
# Installs what the browser tests need when it is missing: Debian's Chromium and chromedriver (the
# tests drive them at /usr/bin, nothing downloaded at run time) and a CJK font (without one the
# screenshots show boxes and the layout is measured wrong). Run by `./mvnw verify` before the tests.
set -euo pipefail

packages=()
{ [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; } || packages+=(chromium chromium-driver)
[ -n "$(fc-list :lang=zh 2>/dev/null || true)" ] || packages+=(fonts-noto-cjk fontconfig)
[ ${#packages[@]} -eq 0 ] && { echo "Browser tests: Chromium, chromedriver and a CJK font are present."; exit 0; }

echo "Browser tests: installing ${packages[*]} from Debian's packages"
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  sudo=(sudo -n)
else
  echo "Cannot install ${packages[*]}: not root and no password-less sudo." >&2
  echo "Install them yourself (apt-get install -y ${packages[*]}) and run the tests again." >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "Cannot install ${packages[*]}: this is not a Debian-family system (no apt-get). Install Chromium," >&2
  echo "its chromedriver at /usr/bin/chromium and /usr/bin/chromedriver, and a CJK font, then run the tests again." >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get install -y "${packages[@]}" \
  || { "${sudo[@]}" apt-get update && "${sudo[@]}" apt-get install -y "${packages[@]}"; }
