import { jest } from '@jest/globals';

// The fault drills start, kill and restart real processes (APIs, workers, PostgreSQL, Redis): on a busy 2-core
// machine one API's start on a fresh database alone can take over a minute, so a drill gets more than the
// 2 minutes of the other suites. A hang still fails: every wait in the drills has a bound of its own.
jest.setTimeout(300_000);
