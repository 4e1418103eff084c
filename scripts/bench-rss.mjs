// Preloaded by scripts/bench.mjs (node --import) where /usr/bin/time is missing: writes the
// process's peak RSS in KB to $KALLELSE_BENCH_RSS when it exits.
import fs from 'node:fs';

process.on('exit', () => {
  if (process.env.KALLELSE_BENCH_RSS)
    fs.writeFileSync(process.env.KALLELSE_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
