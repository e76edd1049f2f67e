# Sourced by the benchmarks: a scratch folder in $work, and the processes they start (add each pid to pids) stopped,
# and the folder removed, when the script ends however it ends.
work=$(mktemp -d)
pids=()
stop_started_processes() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop_started_processes EXIT
