import { account } from "./account";
import { applications, ranking } from "./applications";
import { auth } from "./auth";
import { bandi } from "./bandi";
import { calendar, registryImport } from "./calendar";
import { caseOverview } from "./case-overview";
import { cases } from "./cases";
import { catalogue } from "./catalogue";
import { common } from "./common";
import { dashboard, listExports } from "./dashboard";
import { delivery } from "./delivery";
import { desk } from "./desk";
import { diary, personDocuments } from "./diary-documents";
import { documents } from "./documents";
import { errors } from "./errors";
import { layout } from "./layout";
import { mfa } from "./mfa";
import { personFacts } from "./person-facts";
import { persons } from "./persons";
import { plans } from "./plans";
import { portalAdmin } from "./portal-admin";
import { registry } from "./registry";
import { requests } from "./requests";
import { siuss } from "./siuss";
import { subject } from "./subject";
import { transfers } from "./transfers";
import { users } from "./users";

/** The Italian UI copy, one module per feature. */
export const it = {
  common,
  auth,
  layout,
  desk,
  dashboard,
  listExports,
  persons,
  cases,
  caseOverview,
  transfers,
  diary,
  personDocuments,
  calendar,
  registryImport,
  personFacts,
  plans,
  registry,
  requests,
  bandi,
  delivery,
  siuss,
  portalAdmin,
  applications,
  ranking,
  catalogue,
  users,
  account,
  mfa,
  subject,
  documents,
  errors,
} as const;
