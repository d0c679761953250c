/** The command registry: one file per command, one line here. */
import type { Command } from 'commander';
import { register as importCmd } from './import.js';
import { register as demoCmd } from './demo.js';
import { register as schemesCmd } from './schemes.js';
import { register as sampleCmd } from './sample.js';
import { register as reportCmd } from './report.js';
import { register as rankCmd } from './rank.js';
import { register as verifyCmd } from './verify.js';
import { register as scoreCmd } from './score.js';
import { register as worksheetCmd } from './worksheet.js';
import { register as runCmd } from './run.js';
import { register as initCmd } from './init.js';
import { register as assignCmd } from './assign.js';
import { register as rectifyCmd } from './rectify.js';
import { register as planCmd } from './plan.js';
import { register as overlapCmd } from './overlap.js';

export const COMMANDS: ((program: Command) => void)[] = [importCmd, demoCmd, schemesCmd, sampleCmd, assignCmd, verifyCmd, scoreCmd, worksheetCmd, reportCmd, rankCmd, runCmd, initCmd, rectifyCmd, planCmd, overlapCmd];
