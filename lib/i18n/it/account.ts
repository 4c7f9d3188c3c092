/** The user's own account: changing the password. */
export const account = {
  headerLink: "Cambia password",
  password: {
    title: "Cambia password",
    description: "Dopo il cambio tutte le tue sessioni si chiudono e accedi con la nuova password.",
    mustChange: {
      title: "Devi cambiare la password",
      body: "La password che hai ricevuto è temporanea: scegline una nuova prima di continuare.",
    },
    fields: {
      attuale: "Password attuale",
      nuova: "Nuova password",
      conferma: "Ripeti la nuova password",
    },
    newHint:
      "Da 12 a 128 caratteri, qualunque carattere. Non servono maiuscole, numeri o simboli: una frase di più parole va benissimo. Evita le password più usate e il tuo indirizzo email.",
    show: "Mostra le password",
    notChanged: "Password non cambiata",
    submit: "Cambia password",
    submitting: "Cambio in corso…",
  },
} as const;
