-- Shared by every load script: one machine-readable line with the run's rate and latency
-- percentiles (microseconds) and the count of failed requests (non-2xx, socket errors).
function done(summary, latency, requests)
  local e = summary.errors
  local failed = e.connect + e.read + e.write + e.timeout + e.status
  io.write(string.format("RESULT %.1f %.0f %.0f %.0f %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency:percentile(99.9),
    failed, summary.requests))
end
