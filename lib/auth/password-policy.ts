import { dictionary } from "@zxcvbn-ts/language-common";

// ~49,000 passwords seen most often in breaches, as kept by the zxcvbn-ts project.
let common: Set<string> | undefined;

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

/**
 * ASVS 5.0 V6.2: 12 to 128 characters, any characters, no composition rules, no truncation,
 * and not a known common password. Returns the reasons it is refused; none means acceptable.
 */
export function passwordProblems(password: string, context: { email?: string } = {}): string[] {
  const problems: string[] = [];
  const length = [...password].length;
  if (length < PASSWORD_MIN)
    problems.push(`La password deve avere almeno ${PASSWORD_MIN} caratteri.`);
  if (length > PASSWORD_MAX)
    problems.push(`La password può avere al massimo ${PASSWORD_MAX} caratteri.`);
  common ??= new Set(dictionary["passwords-common"]);
  const lower = password.toLowerCase();
  if (common.has(lower))
    problems.push("Questa password è tra le più usate: scegline una meno prevedibile.");
  const local = context.email?.split("@")[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local))
    problems.push("La password non deve contenere il tuo indirizzo email.");
  return problems;
}
