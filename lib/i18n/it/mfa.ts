/** The second factor: enrolment, recovery codes, switching it off. */
export const mfa = {
  metaTitle: "Verifica in due passaggi",
  title: "Verifica in due passaggi",
  description:
    "Oltre alla password, all'accesso ti chiediamo un codice che cambia ogni 30 secondi, generato da un'app di autenticazione sul telefono.",
  required: "Per il tuo ruolo la verifica in due passaggi è obbligatoria: attivala per continuare.",
  active: "La verifica in due passaggi è attiva.",
  recoveryLeft: (n: number) => `Codici di recupero ancora utilizzabili: ${n}.`,
  start: "Attiva la verifica in due passaggi",
  scan: "Inquadra il codice QR con l'app di autenticazione (ad esempio FreeOTP, Aegis, Google Authenticator), oppure inserisci a mano la chiave:",
  qrAlt: "Codice QR per l'app di autenticazione",
  secretLabel: "Chiave",
  code: "Codice a 6 cifre",
  confirm: "Conferma e attiva",
  confirming: "Verifica…",
  recoveryTitle: "Codici di recupero",
  recoveryBody:
    "Se perdi il telefono, ognuno di questi codici ti fa accedere una sola volta. Conservali in un luogo sicuro: non saranno più mostrati.",
  recoveryDone: "Ho salvato i codici: vai alla scrivania",
  disableTitle: "Disattiva",
  disableBody: "Per disattivarla, inserisci un codice attuale dell'app.",
  disable: "Disattiva la verifica in due passaggi",
  disabled: "La verifica in due passaggi è stata disattivata.",
  link: "Verifica in due passaggi",
} as const;
