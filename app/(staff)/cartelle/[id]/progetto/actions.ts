"use server";

import { db } from "@/db/client";
import { runAction } from "@/lib/auth/action";
import { createAssessment } from "@/lib/data/assessments";
import { createPlan, recordReview, updateGoalOutcome } from "@/lib/data/plans";

export async function createAssessmentAction(caseId: string, input: unknown) {
  return runAction("createAssessment", (actor) => createAssessment(db(), actor, caseId, input));
}

export async function createPlanAction(caseId: string, input: unknown) {
  return runAction("createPlan", (actor) => createPlan(db(), actor, caseId, input));
}

export async function updateGoalOutcomeAction(goalId: string, input: unknown) {
  return runAction("updateGoalOutcome", (actor) => updateGoalOutcome(db(), actor, goalId, input));
}

export async function recordReviewAction(planId: string, input: unknown) {
  return runAction("recordReview", (actor) => recordReview(db(), actor, planId, input));
}
