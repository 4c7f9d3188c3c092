import type { PortalMessages } from "../portal";

/** The public self-check of requirements (English). */
export const selfCheck: PortalMessages["selfCheck"] = {
  intro:
    "Answer a few questions: we tell you which open calls may fit you and why the others don't. The check uses the same rules as the planning office.",
  privacy:
    "Your answers are not stored or logged and never appear in the page's address: they only compute the result below.",
  notBinding:
    "The result is indicative: you apply through the social worker of your municipality, who checks the requirements on your documents.",
  required: "Fields marked * are required.",
  comune: "Municipality of residence",
  comuneOther: "A municipality outside the district",
  age: "Age (in years)",
  iseeKind: "Kind of valid ISEE you hold",
  iseeNone: "I have no valid ISEE / I don't know",
  iseeHint:
    "The social-health ISEE is used for benefits to people with disabilities or who are not self-sufficient; for minors the ISEE for minors or the standard one applies.",
  iseeValue: "ISEE value in euro",
  disability: "Do you have a recognised disability or non-self-sufficiency?",
  yes: "Yes",
  no: "No",
  unknown: "I don't know",
  conditions: "If so, which recognitions do you have?",
  atHome: "Do you live at home (not in a care home)?",
  receiving: "Do you already receive any of these measures?",
  declarations: "Can you declare the following?",
  submit: "Check",
  errorsTitle: "Please check your answers",
  errors: {
    comune: "Choose your municipality of residence.",
    age: "Give your age in years, from 0 to 120.",
    iseeValue: "Give the ISEE value in euro (up to 200,000), or choose “I have no valid ISEE”.",
    disability: "Answer the question on disability.",
    atHome: "Answer the question on living at home.",
  },
  resultTitle: "The result",
  resultSummary: (fit: number, check: number, total: number) =>
    `Of ${total} open ${total === 1 ? "call" : "calls"}: ${fit} may fit you, ${check} to check with the social service.`,
  outcome: {
    eligible: "May fit you",
    manual_check: "To check with the social service",
    not_eligible: "Does not fit, for now",
  },
  line: {
    ok: "requirement met",
    ko: "requirement not met",
    check: "to be checked",
  },
  why: "Why",
  rules: "Requirements",
  noOpenCalls: "No call is open at the moment: there is nothing to check.",
  otherMeasures:
    "Services without a call (home care, meals, transport…) start after an assessment by your municipality's social worker.",
  again: "Change your answers",
};
