/** Sample stage: reproducible, verifiable stratified draws (tickets, quotas, draw, manifest, verify, draw list). */
export { TICKET_ALGORITHM, ticket, ticketDigest, ticketFromDigest, ticketFromDigestSeedrandom, ticketMessage, compareCodePoints } from './tickets.js';
export { parseRate, formatRate, rateQuota, rateTimes, type Rate } from './rate.js';
export { draw, type DrawParams, type DrawResult, type Drawn, type FrameItem, type StratumQuota } from './draw.js';
export { STRATA_KINDS, stratumKey, stratumOf, type StrataKind } from './strata.js';
export { parsePeriod, type Period } from './period.js';
export { loadPreset, presetIds, type Preset } from './presets.js';
export { buildFrame, type Frame } from './frame.js';
export { loadManifest, checkManifest, selectFromManifest } from './manifest.js';
export { runSample, sampleDataset, hashInputs, type SampleOptions, type SampleResult } from './run.js';
export type { SampleFlags } from './params.js';
export { runVerify, compareManifests, type VerifyResult, type Difference, type DifferenceKind } from './verify.js';
