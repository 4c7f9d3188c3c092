/** The staff login page. */
export const auth = {
  title: "Accesso operatori",
  metaTitle: "Accesso",
  kicker: "Zona · Piano di Zona",
  email: "Email",
  password: "Password",
  submit: "Accedi",
  submitting: "Accesso in corso…",
  /** A sentence around a link: before, link text, after. */
  citizen: {
    before: "Sei un cittadino? ",
    link: "Torna al portale pubblico",
    after: ".",
  },
} as const;
