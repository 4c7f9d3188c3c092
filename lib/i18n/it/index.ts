import { account } from "./account";
import { auth } from "./auth";
import { catalogue } from "./catalogue";
import { common } from "./common";
import { delivery } from "./delivery";
import { desk } from "./desk";
import { documents } from "./documents";
import { errors } from "./errors";
import { layout } from "./layout";
import { mfa } from "./mfa";
import { persons } from "./persons";
import { publicHome } from "./public";
import { requests } from "./requests";
import { subject } from "./subject";
import { users } from "./users";

/** The Italian UI copy, one module per feature. */
export const it = {
  common,
  auth,
  layout,
  publicHome,
  desk,
  persons,
  requests,
  delivery,
  catalogue,
  users,
  account,
  mfa,
  subject,
  documents,
  errors,
} as const;
