// Loaded with `node --import` by the benchmark: at exit, writes the process's
// peak resident memory (KB, worker threads included) to BROADSHEET_PEAK_RSS_FILE,
// and its CPU time (microseconds, user and system) to BROADSHEET_CPU_FILE.
import { writeFileSync } from 'node:fs';

const file = process.env.BROADSHEET_PEAK_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
const cpuFile = process.env.BROADSHEET_CPU_FILE;
if (cpuFile)
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(cpuFile, String(usage.userCPUTime + usage.systemCPUTime));
  });
