/** The staff login page. */
export const auth = {
  title: "Accesso operatori",
  metaTitle: "Accesso",
  kicker: "Zona · Piano di Zona",
  email: "Email",
  password: "Password",
  submit: "Accedi",
  otp: "Codice di verifica",
  otpHint: "Il codice di 6 cifre dell'app di autenticazione, oppure uno dei codici di recupero.",
  otpAsked: "Inserisci il codice di verifica per completare l'accesso.",
  otpInvalid: "Il codice non è valido, è scaduto o è già stato usato.",
  throttled:
    "Troppi tentativi non riusciti da questo dispositivo: attendi qualche minuto e riprova.",
  wrongCredentials: "Email o password non corretti.",
  missingCredentials: "Inserisci email e password.",
  submitting: "Accesso in corso…",
  /** A sentence around a link: before, link text, after. */
  /** Why the user is back at the login page (?motivo=…). */
  reasons: {
    inattivita: "La sessione è stata chiusa dopo un periodo di inattività: accedi di nuovo.",
    password: "Password cambiata: accedi con la nuova password.",
    scaduta: "La sessione è scaduta: accedi di nuovo.",
  },
  citizen: {
    before: "Sei un cittadino? ",
    link: "Torna al portale pubblico",
    after: ".",
  },
} as const;
