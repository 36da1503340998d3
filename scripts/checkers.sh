#!/usr/bin/env bash
# Makes sure the independent readers the tests use (scripts/checkers.txt) are
# installed. Missing ones are installed with apt-get where that is allowed (as
# root, or with sudo that asks no password); otherwise this stops at once with
# the one command that installs them.
#   scripts/checkers.sh           check, and install what is missing where allowed
#   scripts/checkers.sh --list    print the packages, one a line
set -euo pipefail
list="$(dirname "$0")/checkers.txt"

packages=()
probes=()
while read -r package probe _; do
  [[ -z "$package" || "$package" == \#* ]] && continue
  packages+=("$package")
  probes+=("$probe")
done <"$list"

if [[ "${1:-}" == "--list" ]]; then
  printf '%s\n' "${packages[@]}"
  exit 0
fi

installed() {
  case "$1" in
    python3:*) [[ -x /usr/bin/python3 ]] && /usr/bin/python3 -c "import ${1#python3:}" 2>/dev/null ;;
    /*) [[ -e "$1" ]] ;;
    *) command -v "$1" >/dev/null 2>&1 ;;
  esac
}

missing=()
for i in "${!packages[@]}"; do
  installed "${probes[$i]}" || missing+=("${packages[$i]}")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

command="apt-get install -y --no-install-recommends ${missing[*]}"
if command -v apt-get >/dev/null 2>&1; then
  if [[ "$(id -u)" -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
  else
    printf 'The tests need checkers that are not installed: %s\nInstall them with:\n  sudo apt-get update && sudo %s\n' \
      "${missing[*]}" "$command" >&2
    exit 1
  fi
  echo "installing the missing checkers: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  for i in "${!packages[@]}"; do
    installed "${probes[$i]}" || { echo "installed ${packages[$i]}, but ${probes[$i]} is still missing" >&2; exit 1; }
  done
  exit 0
fi
printf 'The tests need checkers that are not installed: %s\nThey are Debian/Ubuntu package names (%s); install the same tools with your system'"'"'s package manager.\n' \
  "${missing[*]}" "$command" >&2
exit 1
