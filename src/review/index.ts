/** Cross-review stage (交叉评查): reviewer assignment, agreement statistics. Merge and grading live in src/score/. */
export { ASSIGN_ALGORITHM, assignReviewers, conflict, fileTicket, pairTicket, loadBounds, nameKey, type Reviewer, type FileToReview, type AssignParams, type AssignOutcome } from './assign.js';
export { assignmentHash, checkAssignment, isAssignment, loadAssignment, type Assignment } from './assignment.js';
export { readReviewers, REVIEWER_HEADERS } from './reviewers.js';
export { runAssign, runVerifyAssignment, buildAssignment, type AssignOptions, type AssignResult, type AssignmentDifference } from './run.js';
export { agreementStats, kappaOf, type Rating, type Subject } from './agreement.js';
export { cohenKappa, fleissKappa } from './kappa.js';
